using MassarDalil.Content.Data;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;
using MassarDalil.Web.Areas.Manager.Editing;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>One topic of an FAQ on its own page: its title and key, its questions, and a new question for it. Saves only the topic.</summary>
public sealed class FaqTopicModel(ContentDbContext db, PageEditor editor, MarkdownRenderer markdown) : EditorPageModel(db, editor, markdown)
{
    public override string FormId => "topic-form";

    [BindProperty]
    public TopicForm Input { get; set; } = new();

    [FromRoute]
    public string Key { get; set; } = "";

    private string _field = "";

    public FaqTopic Topic { get; private set; } = null!;

    public bool KeyLocked { get; private set; }

    private string SavedKey => KeyLocked || string.IsNullOrWhiteSpace(Input.Key) ? Key : Input.Key.Trim();

    /// <summary>This topic's title and key (its questions follow a new key) are what this form publishes.</summary>
    protected override Task<IReadOnlyList<string>> OthersUnpublishedAsync() => FaqChangesBeyondAsync(questions: [], topics: [Key, SavedKey]);

    protected override string EditPath => ManagerLinks.FaqTopic(Edited.Id, SavedKey);

    protected override string PreviewPath => $"{ManagerLinks.Preview(Edited.Id)}#{Uri.EscapeDataString(SavedKey)}";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadTopicAsync(id))
        {
            return Edited is null ? NotFound() : LocalRedirect(ManagerLinks.Edit(id, PageType.Faq));
        }
        Input = new TopicForm { Version = Edited.DraftVersion, Key = Topic.Key, Title = Topic.Title };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? command)
    {
        if (!await LoadTopicAsync(id))
        {
            return Edited is null ? NotFound() : LocalRedirect(ManagerLinks.Edit(id, PageType.Faq));
        }
        var (key, title) = (SavedKey, FaqInput.Clean(Input.Title));
        return await SavePartAsync(Input.Version, opened => FaqChanges.ReplaceTopic(opened, Key, key, title), command is SaveAndPreview or SaveAndPublish ? command : Save, touches: []);
    }

    /// <summary>A new question at the end of this topic, saved at once (a key is made from it), then opened on its own page.</summary>
    public async Task<IActionResult> OnPostAddAsync(int id, string? question)
    {
        if (!await LoadTopicAsync(id))
        {
            return Edited is null ? NotFound() : LocalRedirect(ManagerLinks.Edit(id, PageType.Faq));
        }
        var text = FaqInput.Clean(question);
        var result = await Editor.SavePartAsync(id, Edited.DraftVersion, opened => FaqChanges.AddQuestion(opened, Key, new FaqQuestion("", text, FaqInput.Markdown(Input.Answer))), Actor, touches: []);
        if (result.Status != SaveStatus.Saved)
        {
            Problems = ProblemList.Of(T, ProblemWords, result.Problems, FieldLabel);
            Problems = new ProblemList(T, Problems.Problems.Where(p => p.Field.StartsWith("Topics[", StringComparison.Ordinal))
                .Select(p => p with { Field = "New" + p.Field.Split('.')[^1] }).ToList(), FieldLabel);
            Input = new TopicForm { Version = Edited.DraftVersion, Key = Topic.Key, Title = Topic.Title, Answer = Input.Answer };
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var added = result.Content!.Topics.First(t => t.Key == Key).Questions[^1];
        return RedirectWithFlash(ManagerLinks.FaqQuestion(id, added.Key), "Question added to the draft. Write its answer, then save.");
    }

    protected override void ShowAgain(PageContent content, int version, string? slug)
    {
        var t = content.Topics.ToList().FindIndex(x => x.Key == SavedKey);
        _field = $"Topics[{t}].";
        Problems = new ProblemList(T, Problems.Problems.Select(p => p.Field.StartsWith(_field, StringComparison.Ordinal) && !p.Field.Contains("Questions", StringComparison.Ordinal)
            ? p with { Field = p.Field[_field.Length..] } : p).ToList(), FieldLabel);
        Input = Input with { Version = version };
    }

    private async Task<bool> LoadTopicAsync(int id)
    {
        if (!await LoadAsync(id, type => type == PageType.Faq) || Edited.Draft.Topics.FirstOrDefault(t => t.Key == Key) is not { } topic)
        {
            return false;
        }
        Topic = topic;
        KeyLocked = Edited.PublishedRevision?.Content.Topics.Any(t => t.Key == Key) == true;
        return true;
    }
}

public sealed record TopicForm
{
    public int Version { get; set; }
    public string? Key { get; set; }
    public string? Title { get; set; }

    /// <summary>The new question's answer, when one is added.</summary>
    public string? Answer { get; set; }
}
