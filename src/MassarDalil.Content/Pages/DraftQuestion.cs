namespace MassarDalil.Content.Pages;

/// <summary>
/// One question of an FAQ's draft, stored as its own row (table DraftQuestions) so a save that changes one question
/// writes that row and the page's, not the whole FAQ (issue 16.6). <see cref="Page.Draft"/> reads and writes these
/// through <see cref="DraftRows"/>; nothing else needs to know they exist.
/// </summary>
public class DraftQuestion
{
    public int PageId { get; set; }
    public required string Key { get; set; }

    /// <summary>The key of the topic the question is in, and its place there (0 first).</summary>
    public required string TopicKey { get; set; }
    public int Position { get; set; }

    public required string Question { get; set; }
    public required string Answer { get; set; }
    public List<string> SearchTerms { get; set; } = [];

    public FaqQuestion ToQuestion() => new(Key, Question, Answer) { SearchTerms = SearchTerms };

    public static DraftQuestion For(FaqQuestion question, string topicKey, int position) => new()
    {
        Key = question.Key, TopicKey = topicKey, Position = position,
        Question = question.Question, Answer = question.Answer, SearchTerms = [.. question.SearchTerms],
    };

    /// <summary>Takes the text of <paramref name="question"/>, setting only what differs, so an unchanged row is not written.</summary>
    public void Take(FaqQuestion question)
    {
        if (Question != question.Question)
        {
            Question = question.Question;
        }
        if (Answer != question.Answer)
        {
            Answer = question.Answer;
        }
        if (!SearchTerms.SequenceEqual(question.SearchTerms, StringComparer.Ordinal))
        {
            SearchTerms = [.. question.SearchTerms];
        }
    }
}
