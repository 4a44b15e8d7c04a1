using AngleSharp.Dom;

namespace MassarDalil.Tests.Support;

/// <summary>
/// The admin (first) and an editor (second), both in English, who opened the same editor page before either saved:
/// the setting of every concurrent-edit test. Disposing it disposes the app.
/// </summary>
public sealed record TwoEditors(MassarApp App, HttpClient First, HttpClient Second, int Id, IDocument FirstForm, IDocument SecondForm) : IDisposable
{
    /// <param name="editorPath">The editor page's address without the id, such as <c>/manager/faq</c>.</param>
    public static async Task<TwoEditors> OpenAsync(MassarApp app, int id, string editorPath)
    {
        var first = (await app.SignedInAsync()).InEnglish();
        var second = (await app.EditorAsync()).InEnglish();
        return new TwoEditors(app, first, second, id, await first.GetDocumentAsync($"{editorPath}/{id}"), await second.GetDocumentAsync($"{editorPath}/{id}"));
    }

    public void Dispose() => App.Dispose();
}
