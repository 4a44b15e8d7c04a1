using MassarDalil.Content.Search;
using MassarDalil.Content.Data;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;
using MassarDalil.Web.Areas.Manager.Editing;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>The FAQ editor: topics and questions of one language, with the other language beside each question.</summary>
public sealed class FaqModel(ContentDbContext db, PageEditor editor, MarkdownRenderer markdown) : EditorPageModel(db, editor, markdown)
{
    public override string FormId => "faq-form";

    [BindProperty]
    public FaqInput Input { get; set; } = new();

    /// <summary>The element to open and scroll to: a question after a move, or one asked for in the address.</summary>
    [BindProperty(SupportsGet = true, Name = "open")]
    public string? Focus { get; set; }

    /// <summary>
    /// Up to this many questions the page also holds every topic and question in one form, as a small FAQ is easiest
    /// read and reordered whole; beyond it (the public site's one-page limit too) the list alone, each question edited
    /// on its own page, so the page stays small and a save sends only what changed.
    /// </summary>
    public const int WholeFormLimit = MassarDalil.Web.PublicSite.Faq.FaqPaging.OnePageLimit;

    /// <summary>The list's filter (<c>?q=</c>): words found in a question, its key or its search terms.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Filter { get; set; }

    public IReadOnlyList<FaqTopic> Outline { get; private set; } = [];

    public int QuestionCount { get; private set; }

    public bool WholeForm => QuestionCount <= WholeFormLimit;

    /// <summary>Keys visitors already link to: they stay as they are.</summary>
    public IReadOnlySet<string> LockedKeys { get; private set; } = new HashSet<string>();

    public IReadOnlyDictionary<string, FaqQuestion> TwinQuestions { get; private set; } = new Dictionary<string, FaqQuestion>();

    /// <summary>Questions the other language has and this one lacks.</summary>
    public IReadOnlyList<(string TopicTitle, FaqQuestion Question)> Missing { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadFaqAsync(id))
        {
            return NotFound();
        }
        Input = FaqInput.From(Edited.Draft, Edited.DraftVersion);
        if (Focus is { Length: > 0 } key && FindQuestion(key) is { } at)
        {
            Focus = $"q-{at.Topic}-{at.Question}";
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? command)
    {
        if (!await LoadFaqAsync(id))
        {
            return NotFound();
        }
        command ??= Save;
        if (command is Save or SaveAndPreview or SaveAndPublish)
        {
            return Input.Whole
                ? await SaveAsync(Input.Version, Input.ToContent(), null, command)
                : await SavePartAsync(Input.Version, opened => opened with
                {
                    Title = FaqInput.Clean(Input.Title), Description = FaqInput.Clean(Input.Description), Body = FaqInput.Markdown(Input.Body),
                }, command, touches: []);
        }
        // Add, move or remove: show the form again with the change, not yet saved.
        ModelState.Clear();
        Focus = FaqCommand.Apply(Input, command, TwinTopicOf);
        Unsaved = true;
        return Page();
    }

    public bool IsOpen(int t, int q, string? key) =>
        Focus == $"q-{t}-{q}" || Problems.HasUnder($"Topics[{t}].Questions[{q}].") || (key is not null && Conflict?.Conflicts.Any(c => c.IsQuestion && c.Subject == key) == true)
        || (Failure is not null && NotStored(Input.Topics[t].Questions[q]));

    /// <summary>After a failed save: a question whose typed text the database did not take, opened so the editor sees it kept.</summary>
    private bool NotStored(QuestionInput typed) =>
        Edited.Draft.AllQuestions.FirstOrDefault(s => s.Key == typed.Key) is not { } stored
        || stored.Question != FaqInput.Clean(typed.Question) || stored.Answer != FaqInput.Markdown(typed.Answer)
        || !stored.SearchTerms.SequenceEqual(TermList.Parse(typed.SearchTerms), StringComparer.Ordinal);

    protected override void ShowAgain(PageContent content, int version, string? slug)
    {
        Input = FaqInput.From(content, version);
        Focus = Problems.Problems.Count > 0 && Problems.Problems[0].Field is { } field && field.StartsWith("Topics[", StringComparison.Ordinal)
            ? null : Focus;
    }

    protected override string FieldLabel(string field)
    {
        // The FAQ's text is its introduction (a guide's is its text).
        var name = field == "Body" ? T["Introduction (Markdown)"] : ProblemList.FieldName(T, field);
        if (!field.StartsWith("Topics[", StringComparison.Ordinal))
        {
            return name;
        }
        var numbers = System.Text.RegularExpressions.Regex.Matches(field, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1).ToList();
        return numbers.Count == 1
            ? T.Format("Topic {0}, {1}", numbers[0], name)
            : T.Format("Topic {0}, question {1}, {2}", numbers[0], numbers[1], name);
    }

    private async Task<bool> LoadFaqAsync(int id)
    {
        if (!await LoadAsync(id, type => type == PageType.Faq))
        {
            return false;
        }
        QuestionCount = Edited.Draft.AllQuestions.Count();
        Outline = FaqOutline.Filter(Edited.Draft, Filter);
        LockedKeys = (Edited.PublishedRevision?.Content.AllQuestions.Select(q => q.Key) ?? [])
            .Concat(Edited.PublishedRevision?.Content.Topics.Select(t => t.Key) ?? []).ToHashSet(StringComparer.Ordinal);
        TwinQuestions = Twin?.Draft.AllQuestions.GroupBy(q => q.Key).ToDictionary(g => g.Key, g => g.First()) ?? [];
        var own = Edited.Draft.AllQuestions.Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
        Missing = Twin?.Draft.Topics.SelectMany(t => t.Questions.Where(q => !own.Contains(q.Key)).Select(q => (t.Title, q))).ToList() ?? [];
        return true;
    }

    private (string TopicKey, string TopicTitle)? TwinTopicOf(string questionKey) =>
        Twin?.Draft.Topics.FirstOrDefault(t => t.Questions.Any(q => q.Key == questionKey)) is { } topic ? (topic.Key, topic.Title) : null;

    private (int Topic, int Question)? FindQuestion(string key)
    {
        for (var t = 0; t < Input.Topics.Count; t++)
        {
            var q = Input.Topics[t].Questions.FindIndex(x => x.Key == key);
            if (q >= 0)
            {
                return (t, q);
            }
        }
        return null;
    }
}
