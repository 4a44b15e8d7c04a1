using MassarDalil.Content.Data;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Search;
using MassarDalil.Web.Areas.Manager.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>
/// One question of an FAQ, on its own page: a save sends and stores only this question (and its topic, when moved),
/// applied to the version the editor opened, so a colleague's work elsewhere in the FAQ merges and a big FAQ costs
/// no more to edit than a small one.
/// </summary>
public sealed class FaqQuestionModel(ContentDbContext db, PageEditor editor, MarkdownRenderer markdown) : EditorPageModel(db, editor, markdown)
{
    public override string FormId => "question-form";

    [BindProperty]
    public QuestionForm Input { get; set; } = new();

    [FromRoute]
    public string Key { get; set; } = "";

    /// <summary>Where the question's fields sit in the page, for the engine's problems (<c>Topics[2].Questions[5]</c>).</summary>
    private string _prefix = "";

    public IReadOnlyList<FaqTopic> Topics { get; private set; } = [];

    public bool KeyLocked { get; private set; }

    public FaqQuestion? TwinQuestion { get; private set; }

    /// <summary>Other languages whose FAQ has this question under another topic: (site, that topic's title).</summary>
    public IReadOnlyList<(string Site, string TopicTitle)> PlacedElsewhere { get; private set; } = [];

    protected override string EditPath => ManagerLinks.FaqQuestion(Edited.Id, SavedKey);

    protected override string PreviewPath => $"{ManagerLinks.Preview(Edited.Id)}#{Uri.EscapeDataString(SavedKey)}";

    /// <summary>The question's key once saved: a key may change until the question is first published.</summary>
    private string SavedKey => KeyLocked ? Key : Input.EffectiveKey(Key);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadQuestionAsync(id))
        {
            // A question removed since a link to it was made: the FAQ's list, rather than a dead end.
            return Edited is null ? NotFound() : LocalRedirect(ManagerLinks.Edit(id, PageType.Faq));
        }
        var question = Edited.Draft.AllQuestions.First(q => q.Key == Key);
        Input = QuestionForm.From(question, FaqChanges.TopicOf(Edited.Draft, Key)!.Key, Edited.DraftVersion);
        await LoadPlacementAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? command)
    {
        command = command is Save or SaveAndPreview or SaveAndPublish ? command : Save;
        var topic = Input.Topic ?? "";
        // The usual save, this question's text under its key (not moved in other languages): only the page's row and this
        // question's row are read, so it costs the same in an FAQ of 30 questions or 2,000; the rest only to show the form again.
        if (Input.EffectiveKey(Key) == Key && !Input.AllLanguages && await LoadRowAsync(id, type => type == PageType.Faq)
            && await Db.Set<DraftQuestion>().AnyAsync(q => q.PageId == id && q.Key == Key))
        {
            return await SaveQuestionAsync(Input.Version, Typed(Key), topic, command, async () =>
            {
                if (!await LoadQuestionAsync(id))
                {
                    Topics = Edited.Draft.Topics; // removed by a colleague meanwhile: the form shows what was typed
                }
                await LoadPlacementAsync();
            });
        }
        if (!await LoadQuestionAsync(id))
        {
            return NotFound();
        }
        var key = SavedKey;
        var question = Typed(key);
        var outcome = await SavePartAsync(Input.Version, opened => FaqChanges.PlaceQuestion(opened, Key, question, topic),
            command, touches: [Key, key]);
        if (Saved is { Status: SaveStatus.Saved } && Input.AllLanguages && topic.Length > 0)
        {
            await MoveInOtherLanguagesAsync(key, topic);
        }
        if (outcome is PageResult)
        {
            await LoadPlacementAsync();
        }
        return outcome;
    }

    /// <summary>This question's own change (under either key) is what this form publishes.</summary>
    protected override Task<IReadOnlyList<string>> OthersUnpublishedAsync() =>
        FaqChangesBeyondAsync(questions: [Key, Input.EffectiveKey(Key)], topics: []);

    private FaqQuestion Typed(string key) =>
        new(key, FaqInput.Clean(Input.Question), FaqInput.Markdown(Input.Answer)) { SearchTerms = TermList.Parse(Input.SearchTerms) };

    /// <summary>The same question moved to the topic of the same key in every other language's FAQ draft, each its own save.</summary>
    private async Task MoveInOtherLanguagesAsync(string key, string topic)
    {
        var others = await Db.Pages.AsNoTracking().Where(p => p.Type == PageType.Faq && p.SiteKey != Edited.SiteKey && p.TranslationKey == Edited.TranslationKey).OrderBy(p => p.SiteKey).ToListAsync();
        List<string> moved = [], notMoved = [];
        foreach (var page in others.Where(p => FaqChanges.TopicOf(p.Draft, key) is { } t && t.Key != topic))
        {
            var saved = page.Draft.Topics.Any(t => t.Key == topic)
                ? await Editor.SavePartAsync(page.Id, page.DraftVersion, c => FaqChanges.MoveQuestion(c, key, topic), Actor, touches: [key])
                : null;
            (saved is { Status: SaveStatus.Saved, Changed: true } ? moved : notMoved).Add(T.SiteName(page.SiteKey));
        }
        if (moved.Count + notMoved.Count > 0 && Saved!.MergedWith.Count == 0)
        {
            Flash = (moved.Count, notMoved.Count) switch
            {
                (_, 0) => "Draft saved. The question was moved in {0} too (drafts, not yet published).",
                (0, _) => "Draft saved. The question was not moved in {1}, which has no topic with this key or was being changed: move it there yourself.",
                _ => "Draft saved. The question was moved in {0} too; not in {1}, which has no topic with this key or was being changed: move it there yourself.",
            };
            FlashValues = [string.Join(", ", moved), string.Join(", ", notMoved)];
        }
    }

    protected override void ShowAgain(PageContent content, int version, string? slug)
    {
        var key = SavedKey;
        var (t, q) = Locate(content, key);
        _prefix = $"Topics[{t}].Questions[{q}].";
        Problems = new ProblemList(T, Problems.Problems.Select(p => p.Field.StartsWith(_prefix, StringComparison.Ordinal) ? p with { Field = p.Field[_prefix.Length..] } : p).ToList(), FieldLabel);
        if (content.AllQuestions.FirstOrDefault(x => x.Key == key) is { } shown)
        {
            Input = QuestionForm.From(shown, content.Topics[t].Key, version) with { AllLanguages = Input.AllLanguages };
        }
    }

    private static (int Topic, int Question) Locate(PageContent content, string key)
    {
        for (var t = 0; t < content.Topics.Count; t++)
        {
            var q = content.Topics[t].Questions.ToList().FindIndex(x => x.Key == key);
            if (q >= 0)
            {
                return (t, q);
            }
        }
        return (0, 0);
    }

    private async Task<bool> LoadQuestionAsync(int id)
    {
        if (!await LoadAsync(id, type => type == PageType.Faq) || FaqChanges.TopicOf(Edited.Draft, Key) is null)
        {
            return false;
        }
        Topics = Edited.Draft.Topics;
        KeyLocked = Edited.PublishedRevision?.Content.AllQuestions.Any(q => q.Key == Key) == true;
        TwinQuestion = Twin?.Draft.AllQuestions.FirstOrDefault(q => q.Key == Key);
        PageTitle = TitleFor(T["Edit"], Edited);
        return true;
    }

    /// <summary>Read only to show the page: a save that succeeds redirects, and each other language's FAQ is a big read.</summary>
    private async Task LoadPlacementAsync()
    {
        // Null when a colleague removed the question while this save was on its way: there is nothing to place.
        if (FaqChanges.TopicOf(Edited.Draft, Key) is not { } here)
        {
            return;
        }
        var others = await Db.Pages.AsNoTracking().Where(p => p.Type == PageType.Faq && p.SiteKey != Edited.SiteKey && p.TranslationKey == Edited.TranslationKey)
            .OrderBy(p => p.SiteKey).ToListAsync();
        PlacedElsewhere = others.Select(p => (p.SiteKey, Topic: FaqChanges.TopicOf(p.Draft, Key)))
            .Where(o => o.Topic is not null && o.Topic.Key != here.Key).Select(o => (o.SiteKey, o.Topic!.Title)).ToList();
    }
}

/// <summary>The question page's form; <see cref="Topic"/> is the key of the topic it belongs in ("Move to topic…").</summary>
public sealed record QuestionForm
{
    public int Version { get; set; }
    public string? Key { get; set; }
    public string? Question { get; set; }
    public string? Answer { get; set; }
    public string? SearchTerms { get; set; }
    public string? Topic { get; set; }

    /// <summary>Move it in every language's FAQ, where that has a topic of the same key.</summary>
    public bool AllLanguages { get; set; }

    public string EffectiveKey(string opened) => string.IsNullOrWhiteSpace(Key) ? opened : Key.Trim();

    public static QuestionForm From(FaqQuestion question, string topic, int version) => new()
    {
        Version = version, Key = question.Key, Question = question.Question, Answer = question.Answer,
        SearchTerms = TermList.Join(question.SearchTerms), Topic = topic,
    };
}
