using System.Text.Encodings.Web;
using MassarDalil.Content.Data;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Merging;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Sites;
using MassarDalil.Web.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Web.Areas.Manager.Editing;

/// <summary>
/// What the FAQ and page editors share: the page with its site and its translation, and the
/// save / preview / publish / unpublish workflow with its conflict and validation outcomes.
/// </summary>
public abstract class EditorPageModel(ContentDbContext db, PageEditor editor, MarkdownRenderer markdown) : ManagerPageModel
{
    public const string Save = "save";
    public const string SaveAndPreview = "preview";
    public const string SaveAndPublish = "publish";

    /// <summary>The database, for an editor that reads more than its page (the navigation's list of pages).</summary>
    protected ContentDbContext Db => db;
    protected PageEditor Editor => editor;

    public Page Edited { get; private set; } = null!;
    public Site Site { get; private set; } = null!;
    public Page? Twin { get; private set; }
    public Site? TwinSite { get; private set; }

    public ProblemList Problems { get; protected set; } = null!;

    /// <summary>The library's images for the Markdown toolbar's picker.</summary>
    public IReadOnlyList<MassarDalil.Content.Media.MediaChoice> MediaChoices { get; private set; } = [];

    /// <summary>After a conflict: for each place both changed, which version to keep (<see cref="MergeConflict.Choice"/> keys).</summary>
    [BindProperty]
    public Dictionary<string, string> Choices { get; set; } = [];

    /// <summary>Posted from the conflict page: a conflict still without a choice now gets a message.</summary>
    [BindProperty]
    public bool Resolving { get; set; }

    /// <summary>The id of the editor's form, which the conflict's choices belong to.</summary>
    public abstract string FormId { get; }
    public ConflictView? Conflict { get; private set; }

    /// <summary>True after an add, move or remove: the form holds changes that are not saved yet.</summary>
    public bool Unsaved { get; protected set; }

    public string Direction => Site.Dir;
    public string TwinDirection => TwinSite?.Dir ?? TextDirections.Ltr;
    public bool IsPublished => Edited.PublishedRevision is not null;
    public bool HasWaitingChanges => Edited.HasUnpublishedChanges();

    /// <summary>The other language's text as visitors see it; text stored before the save check could refuse it says so instead.</summary>
    public string RenderTwin(string text)
    {
        try
        {
            return markdown.ToHtml(text, TwinSite?.IsRightToLeft == true);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"<p class=\"preview-problem\">{HtmlEncoder.Default.Encode(ProblemWords.Message(new Problem(PageValidator.Describe(MarkdownCheck.Classify(e)), []), T.Culture))}</p>";
        }
    }

    protected async Task<bool> LoadAsync(int id, Func<string, bool> typeAllowed)
    {
        var found = await db.Pages.AsNoTracking().Include(p => p.PublishedRevision).SingleOrDefaultAsync(p => p.Id == id);
        if (found is null || !typeAllowed(found.Type))
        {
            return false;
        }
        Edited = found;
        Site = await db.Sites.AsNoTracking().SingleAsync(s => s.Key == found.SiteKey);
        Twin = await db.Pages.AsNoTracking()
            .Where(p => p.SiteKey != found.SiteKey && p.TranslationKey == found.TranslationKey)
            .OrderBy(p => p.SiteKey).FirstOrDefaultAsync();
        TwinSite = Twin is null ? await db.Sites.AsNoTracking().Where(s => s.Key != found.SiteKey).OrderBy(s => s.SortOrder).FirstOrDefaultAsync()
            : await db.Sites.AsNoTracking().SingleAsync(s => s.Key == Twin.SiteKey);
        Problems = ProblemList.None(T);
        MediaChoices = await MassarDalil.Content.Media.MediaLibrary.ChoicesAsync(db, found.SiteKey);
        PageTitle = TitleFor(T["Edit"], found);
        return true;
    }

    /// <summary>
    /// Reads the page's own row only (no question rows, revision, translation or site), for a save that reads nothing
    /// else unless it shows the form again (<see cref="SaveQuestionAsync"/>).
    /// </summary>
    protected async Task<bool> LoadRowAsync(int id, Func<string, bool> typeAllowed)
    {
        var found = await db.Pages.AsNoTracking().IgnoreAutoIncludes().SingleOrDefaultAsync(p => p.Id == id);
        if (found is null || !typeAllowed(found.Type))
        {
            return false;
        }
        Edited = found;
        return true;
    }

    /// <summary>
    /// Saves one FAQ question's text (<see cref="PageEditor.SaveQuestionAsync"/>) with only <see cref="LoadRowAsync"/>
    /// read: <paramref name="showAgain"/> reads what the form shows (the page, its translation) when it is shown again.
    /// </summary>
    protected Task<IActionResult> SaveQuestionAsync(int version, FaqQuestion question, string topicKey, string command, Func<Task> showAgain) =>
        SaveAsync(version, () => editor.SaveQuestionAsync(Edited.Id, version, question, topicKey, Actor, Choices),
            opened => FaqChanges.PlaceQuestion(opened, question.Key, question, topicKey), null, command, showAgain);

    /// <summary>Saves the typed content; then previews or publishes it when asked. Shows the form again on a problem.</summary>
    protected Task<IActionResult> SaveAsync(int version, PageContent content, string? slug, string command) =>
        SaveAsync(version, _ => content, partial: false, slug, command, null);

    /// <summary>Saves one part of the page (<see cref="PageEditor.SavePartAsync"/>): <paramref name="change"/> is applied to the version the editor opened.</summary>
    /// <param name="touches">The questions <paramref name="change"/> reads or changes: only those are read and written.</param>
    protected Task<IActionResult> SavePartAsync(int version, Func<PageContent, PageContent> change, string command, IReadOnlyCollection<string> touches) =>
        SaveAsync(version, change, partial: true, null, command, touches);

    /// <summary>Where the editor returns after a save: this editor.</summary>
    protected virtual string EditPath => ManagerLinks.Edit(Edited.Id, Edited.Type);

    /// <summary>Where "Save and preview" leads.</summary>
    protected virtual string PreviewPath => ManagerLinks.Preview(Edited.Id);

    /// <summary>The last save's outcome, for an editor that does more after it (moving a question in other languages).</summary>
    protected SaveResult? Saved { get; private set; }

    private Task<IActionResult> SaveAsync(int version, Func<PageContent, PageContent> change, bool partial, string? slug, string command, IReadOnlyCollection<string>? touches) =>
        SaveAsync(version, () => partial
                ? editor.SavePartAsync(Edited.Id, version, change, Actor, Choices, touches)
                : editor.SaveDraftAsync(Edited.Id, version, change(Edited.Draft), slug, Actor, Choices),
            change, slug, command, showAgain: null);

    /// <param name="save">Stores the editor's change, made by <paramref name="change"/> from the version they opened.</param>
    /// <param name="showAgain">Reads what the form shows before it is shown again, when only the page's row was read; null when all was.</param>
    private async Task<IActionResult> SaveAsync(int version, Func<Task<SaveResult>> save, Func<PageContent, PageContent> change, string? slug, string command, Func<Task>? showAgain)
    {
        SaveResult result;
        try
        {
            // version is the one the editor opened: a save since then is merged in, three-way.
            result = await save();
        }
        catch (Exception e) when (DatabaseFaults.Classify(e) is var fault and not DatabaseFault.None)
        {
            // Nothing was written (one transaction); the editor keeps what they typed.
            await (showAgain?.Invoke() ?? Task.CompletedTask);
            return NotStored(fault, change(Edited.Draft), version, slug, saved: false);
        }
        Saved = result;
        if (result.Status is SaveStatus.Conflict or SaveStatus.Invalid)
        {
            await (showAgain?.Invoke() ?? Task.CompletedTask);
        }
        switch (result.Status)
        {
            case SaveStatus.NotFound:
                return NotFound();
            case SaveStatus.Conflict:
                // Nothing stored; the form keeps the editor's text and the version they opened, so the next save merges again.
                var yours = result.Content ?? change(Edited.Draft);
                Conflict = new ConflictView(T, result.Conflicts, result.BaseKnown, Resolving, result.Current!.Draft, yours, Actor);
                ShowAgain(yours, version, slug);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case SaveStatus.Invalid:
                Problems = ProblemList.Of(T, ProblemWords, result.Problems, FieldLabel);
                ShowAgain(result.Content!, version, slug);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
        }
        var editPath = EditPath;
        var merged = result.MergedWith.Count > 0 && result.Changed;
        if (merged)
        {
            // Said whatever comes next, so the editor knows a colleague's work is in what they saved.
            MergedFlash(result.MergedWith, published: false);
        }
        if (command == SaveAndPreview)
        {
            return LocalRedirect(PreviewPath);
        }
        if (command != SaveAndPublish)
        {
            return merged ? LocalRedirect(editPath)
                : RedirectWithFlash(editPath, result.Changed ? "Draft saved. Visitors do not see it until you publish." : "Nothing had changed.");
        }
        if (await OthersUnpublishedAsync() is { Count: > 0 } others)
        {
            // Publishing puts the whole page live. From a form that edits one part of it, a colleague's unfinished
            // work elsewhere on the page would go live unseen: the draft is saved, and the page's own editor, which
            // shows every change, publishes them together.
            Flash = "Draft saved, not published: this FAQ also has changes that are not published yet ({0}). Review them on the FAQ's page and publish them together from there.";
            FlashValues = [string.Join(", ", others)];
            return LocalRedirect(editPath);
        }
        PublishResult published;
        try
        {
            published = await editor.PublishAsync(Edited.Id, Actor);
        }
        catch (Exception e) when (DatabaseFaults.Classify(e) is var fault and not DatabaseFault.None)
        {
            // The draft was saved; the revision, page pointer, event and content version were not.
            await (showAgain?.Invoke() ?? Task.CompletedTask);
            return NotStored(fault, result.Content!, result.Version, slug, saved: true);
        }
        if (merged && published.Status == PublishStatus.Published)
        {
            MergedFlash(result.MergedWith, published: true);
            return LocalRedirect(editPath);
        }
        return RedirectWithFlash(editPath, published.Status switch
        {
            PublishStatus.Published => "Published. Visitors see the new version now.",
            PublishStatus.AlreadyPublished => "Nothing new to publish: visitors already see this version.",
            PublishStatus.SlugTaken => "Not published: another published page of this site has this address.",
            _ => "Not published.",
        });
    }

    /// <summary>
    /// The unpublished changes to the page beyond what this form edits, named for the editor; publishing from this
    /// form waits while there are any. A form that edits the whole page has none.
    /// </summary>
    protected virtual Task<IReadOnlyList<string>> OthersUnpublishedAsync() => Task.FromResult<IReadOnlyList<string>>([]);

    /// <summary>
    /// For a form that edits part of an FAQ: every change between what visitors see and the saved draft, named, except
    /// those to <paramref name="questions"/> and <paramref name="topics"/> (and questions that only followed a topic
    /// to its new key). A page never published counts everything in it as waiting.
    /// </summary>
    protected async Task<IReadOnlyList<string>> FaqChangesBeyondAsync(IReadOnlyCollection<string> questions, IReadOnlyCollection<string> topics)
    {
        if (!await LoadAsync(Edited.Id, type => type == PageType.Faq))
        {
            return [];
        }
        var diff = RevisionDiff.Compare(Edited.PublishedRevision?.Content ?? new PageContent { Title = "" }, Edited.Draft);
        return
        [
            .. diff.Fields.Select(f => T[f.Field]),
            .. diff.Topics.Where(t => !topics.Contains(t.Key)).Select(t => t.Key.Length == 0 ? T["Topics reordered"] : t.TitleAfter ?? t.TitleBefore!),
            .. diff.Questions.Where(q => !questions.Contains(q.Key) && !FollowedTopic(q, topics)).Select(q => (q.After ?? q.Before)!.Question),
        ];
    }

    private static bool FollowedTopic(QuestionChange change, IReadOnlyCollection<string> topics) =>
        change is { Before: { } before, After: { } after } && topics.Contains(change.TopicBefore ?? "") && topics.Contains(change.TopicAfter ?? "") &&
        (before.Question, before.Answer) == (after.Question, after.Answer) && before.SearchTerms.SequenceEqual(after.SearchTerms);

    /// <summary>The notice after a save merged with others' saves: who, and when the last of them saved.</summary>
    private void MergedFlash(IReadOnlyList<DraftStep> merged, bool published)
    {
        var last = merged[^1];
        Flash = published switch
        {
            true => "Published. Meanwhile {0} had saved changes (last on {1}); they were merged with yours, and visitors see both.",
            false => "Draft saved. Meanwhile {0} had saved changes (last on {1}); they were merged with yours, and nothing of either was lost.",
        };
        FlashValues = [string.Join(", ", merged.Select(s => s.By).Distinct()), T.When(last.At)];
    }

    public async Task<IActionResult> OnPostUnpublishAsync(int id)
    {
        var done = await editor.UnpublishAsync(id, Actor);
        var type = await db.Pages.Where(p => p.Id == id).Select(p => p.Type).SingleOrDefaultAsync();
        return type is null ? NotFound() : RedirectWithFlash(ManagerLinks.Edit(id, type),
            done ? "Unpublished. Visitors no longer see this page." : "This page was not published.");
    }

    /// <summary>The database failed: the form again, with what was typed and a message saying what was (not) stored.</summary>
    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult NotStored(DatabaseFault fault, PageContent content, int version, string? slug, bool saved)
    {
        Failure = (saved, fault) switch
        {
            (true, _) => "Your draft was saved, but it was not published: the database cannot store changes right now. Visitors still see the previous version. Try publishing again in a moment.",
            (false, DatabaseFault.CannotWrite) => "Your work was not saved: the database cannot store changes (the disk is full or read-only). Your text is still in the form below; copy it somewhere safe if this lasts.",
            _ => "Your work was not saved: the database cannot be reached. Your text is still in the form below; try again in a moment.",
        };
        ShowAgain(content, version, slug);
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Page();
    }

    /// <summary>Puts <paramref name="content"/> back in the form, exactly as typed (with any keys made for it).</summary>
    protected abstract void ShowAgain(PageContent content, int version, string? slug);

    protected virtual string FieldLabel(string field) => ProblemList.FieldName(T, field);
}
