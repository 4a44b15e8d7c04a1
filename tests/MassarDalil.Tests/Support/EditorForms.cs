using AngleSharp.Dom;
using MassarDalil.Content.Pages;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Support;

/// <summary>Finding pages and fields in the manager's editors the way an editor would.</summary>
public static class EditorForms
{
    public static Task<int> PageIdAsync(this MassarApp app, string site, string type = PageType.Faq) =>
        app.WithDbAsync(db => db.Pages.Where(p => p.SiteKey == site && p.Type == type).Select(p => p.Id).SingleAsync());

    public static Task<Page> StoredPageAsync(this MassarApp app, int id) =>
        app.WithDbAsync(db => db.Pages.AsNoTracking().Include(p => p.PublishedRevision).SingleAsync(p => p.Id == id));

    /// <summary>The form field name of a question's part (<c>Answer</c>, <c>Question</c>, <c>Key</c>) found by its key.</summary>
    public static string FieldOf(this IDocument editor, string questionKey, string part = "Answer")
    {
        var details = editor.QuerySelector($"details.question-editor[data-key='{questionKey}']")
            ?? throw new InvalidOperationException($"no question {questionKey} in the editor");
        return details.QuerySelector($"[name$='.{part}']")!.GetAttribute("name")!;
    }

    public static async Task<HttpResponseMessage> SaveFaqAsync(this HttpClient client, IDocument editor, string command, IDictionary<string, string> values)
    {
        var all = new Dictionary<string, string>(values) { ["command"] = command };
        return await client.SubmitAsync(editor, "#faq-form", all);
    }
}
