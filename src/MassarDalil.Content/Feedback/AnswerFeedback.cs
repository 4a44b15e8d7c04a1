using System.Security.Cryptography;
using System.Text;
using MassarDalil.Content.Data;
using MassarDalil.Content.Published;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Content.Feedback;

/// <summary>
/// "Was this helpful?" votes: one per browser and question (a second vote from the same browser
/// replaces the first, which is how a "no" gets its reason), and the answers that help least.
/// </summary>
public sealed class AnswerFeedback(ContentDbContext db, PublishedContent content, TimeProvider time)
{
    /// <summary>A new random browser token for the feedback cookie: 256 bits, URL-safe.</summary>
    public static string NewBrowserToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static bool IsBrowserToken(string? token) => token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public async Task<VoteOutcome> VoteAsync(
        string language, string questionKey, bool helpful, FeedbackReason? reason, string browserToken, CancellationToken cancellationToken = default)
    {
        var snapshot = await content.GetAsync(cancellationToken);
        if (snapshot.Find(language) is not { Faq: { } faq } site || faq.FindQuestion(questionKey) is null || !IsBrowserToken(browserToken))
        {
            return VoteOutcome.UnknownQuestion;
        }
        // Stored under the site's own key: "AR" from a hand-made post counts with the Arabic votes, not beside them.
        language = site.Site.Key;
        var ballot = Ballot(browserToken, language, questionKey);
        var vote = await db.AnswerVotes.SingleOrDefaultAsync(v => v.Ballot == ballot, cancellationToken);
        var outcome = vote is null ? VoteOutcome.Recorded : VoteOutcome.Replaced;
        if (vote is null)
        {
            vote = new AnswerVote { Language = language, QuestionKey = questionKey, Ballot = ballot };
            db.AnswerVotes.Add(vote);
        }
        vote.Helpful = helpful;
        vote.Reason = helpful ? null : reason;
        vote.At = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (outcome == VoteOutcome.Recorded)
        {
            // The same browser's other vote on this question landed first (a double click): keep that one.
            db.ChangeTracker.Clear();
            return VoteOutcome.Replaced;
        }
        return outcome;
    }

    /// <summary>Every question with votes: its counts, title and topic (from the published content), least helpful first.</summary>
    public async Task<IReadOnlyList<AnswerScore>> LeastHelpfulAsync(
        int take = 20, int minimumVotes = 1, string? language = null, CancellationToken cancellationToken = default)
    {
        var scores = await ScoresAsync(language, cancellationToken);
        return scores.Where(s => s.Votes >= minimumVotes)
            .OrderBy(s => s.HelpfulShare).ThenByDescending(s => s.No).ThenBy(s => s.Language, StringComparer.Ordinal).ThenBy(s => s.QuestionKey, StringComparer.Ordinal)
            .Take(take).ToList();
    }

    /// <summary>Vote counts for every question that has any, with its published title and topic.</summary>
    public async Task<IReadOnlyList<AnswerScore>> ScoresAsync(string? language = null, CancellationToken cancellationToken = default)
    {
        var counts = await db.AnswerVotes.AsNoTracking()
            .Where(v => language == null || v.Language == language)
            .GroupBy(v => new { v.Language, v.QuestionKey })
            .Select(g => new
            {
                g.Key.Language,
                g.Key.QuestionKey,
                Yes = g.Count(v => v.Helpful),
                No = g.Count(v => !v.Helpful),
                Unclear = g.Count(v => v.Reason == FeedbackReason.Unclear),
                Outdated = g.Count(v => v.Reason == FeedbackReason.Outdated),
                NotAnswered = g.Count(v => v.Reason == FeedbackReason.NotAnswered),
            })
            .ToListAsync(cancellationToken);
        var snapshot = await content.GetAsync(cancellationToken);
        return counts.Select(c =>
        {
            var question = snapshot.Find(c.Language)?.Faq?.FindQuestion(c.QuestionKey);
            return new AnswerScore(c.Language, c.QuestionKey, question?.Question, question?.TopicKey,
                c.Yes, c.No, c.Unclear, c.Outdated, c.NotAnswered);
        }).ToList();
    }

    // The browser token never reaches the database; language and key make the hash differ per question.
    private static string Ballot(string browserToken, string language, string questionKey) =>
        Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes($"{browserToken}\n{language}\n{questionKey}")));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public enum VoteOutcome
{
    Recorded,
    Replaced,
    UnknownQuestion,
}

/// <param name="Question">The published question, or null when it has since been removed.</param>
public sealed record AnswerScore(
    string Language, string QuestionKey, string? Question, string? TopicKey,
    int Yes, int No, int Unclear, int Outdated, int NotAnswered)
{
    public int Votes => Yes + No;

    /// <summary>Share of "yes" votes, 0 to 1.</summary>
    public double HelpfulShare => Votes == 0 ? 1 : (double)Yes / Votes;
}
