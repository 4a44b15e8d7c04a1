using MassarDalil.Content.Markdown;
using MassarDalil.Content.Merging;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Sites;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Content.Publishing;

public sealed partial class PageEditor
{
    /// <summary>
    /// Stores the text of one FAQ question (found by <paramref name="question"/>'s key) in the topic
    /// <paramref name="topicKey"/>, under the rules of <see cref="SavePartAsync"/>. The usual case, the question's text
    /// changed where it is and nobody moved anything since <paramref name="baseVersion"/>, reads and writes the page's
    /// row and that question's row only, so its cost does not grow with the FAQ (issue 16.6); any other case (a move, a
    /// conflict to ask, a refused text, a draft stored before question rows) is saved by <see cref="SavePartAsync"/>.
    /// </summary>
    /// <returns>As <see cref="SavePartAsync"/>; when saved in place, <see cref="SaveResult.Content"/> holds the saved
    /// question alone in its topic (the page's other questions were not read).</returns>
    public async Task<SaveResult> SaveQuestionAsync(
        int pageId, int baseVersion, FaqQuestion question, string topicKey, string actor,
        IReadOnlyDictionary<string, string>? choices = null, CancellationToken cancellationToken = default)
    {
        try
        {
            if (await TrySaveInPlaceAsync(pageId, baseVersion, question, topicKey, actor, cancellationToken) is { } saved)
            {
                return saved;
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: the whole save merges against what they saved.
        }
        db.ChangeTracker.Clear();
        var key = question.Key;
        return await SavePartAsync(pageId, baseVersion, opened => FaqChanges.PlaceQuestion(opened, key, question, topicKey),
            actor, choices, touches: [key], cancellationToken);
    }

    /// <returns>Null, with nothing stored, when the save is not a text change in place (see <see cref="SaveQuestionAsync"/>).</returns>
    private async Task<SaveResult?> TrySaveInPlaceAsync(
        int pageId, int baseVersion, FaqQuestion question, string topicKey, string actor, CancellationToken cancellationToken)
    {
        var page = await db.Pages.IgnoreAutoIncludes().SingleOrDefaultAsync(p => p.Id == pageId && p.Type == PageType.Faq, cancellationToken);
        if (page is null || page.StoredDraft.UnreadableJson is not null)
        {
            return null;
        }
        var row = await db.Set<DraftQuestion>().SingleOrDefaultAsync(q => q.PageId == pageId && q.Key == question.Key, cancellationToken);
        // Saves since the version the editor opened that touched neither this question nor any place merge by themselves.
        if (row is null || row.TopicKey != topicKey || DraftHistory.QuietSince(page.StoredDraft, page.DraftVersion, baseVersion, question.Key) is not { } mergedWith)
        {
            return null;
        }
        var saved = DraftTypography.Apply(await db.Sites.CultureOfAsync(page.SiteKey, cancellationToken), question with { Answer = FaqMarkdown.CloseOpenFence(question.Answer) });
        var content = page.StoredDraft with { History = null, Topics = [.. page.StoredDraft.Topics.Where(t => t.Key == topicKey).Select(t => t with { Questions = [saved] })] };
        // A refused text goes the whole way, which names the field at the question's place in the page.
        if (PageValidator.ValidateQuestion(saved).Count > 0 || (await Media.MediaLibrary.UnknownReferencesAsync(db, content, cancellationToken)).Count > 0)
        {
            return null;
        }
        var before = row.ToQuestion();
        if (before == saved)
        {
            return SaveResult.SavedAt(page.DraftVersion, content, changed: false) with { MergedWith = mergedWith };
        }
        var now = time.GetUtcNow();
        page.DraftVersion++;
        page.StoredDraft = DraftHistory.RecordQuestion(page.StoredDraft, before, page.DraftVersion, actor, now);
        row.Take(saved);
        (page.DraftUpdatedAt, page.DraftUpdatedBy) = (now, actor);
        StageSaveAudit(page, actor, mergedWith);
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.SavedAt(page.DraftVersion, content, changed: true) with { MergedWith = mergedWith };
    }
}
