using System.Net;
using AngleSharp.Dom;

namespace MassarDalil.Tests.Support;

/// <summary>The media library's upload form, posted as a browser posts a file (multipart, with the form's antiforgery token).</summary>
public static class MediaForms
{
    public static Dictionary<string, string> AltEverywhere(string words = "The Massar sign-in page") =>
        new() { ["ar"] = "صفحة الدخول إلى مسار", ["en"] = words, ["fr"] = "La page de connexion de Massar" };

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient editor, string fileName, byte[] bytes, IReadOnlyDictionary<string, string>? alt = null, string contentType = "image/png") =>
        editor.UploadAsync(fileName, new ByteArrayContent(bytes), alt, contentType);

    /// <param name="fileName">The file's name; empty for a file input left empty.</param>
    /// <param name="file">The file's bytes as sent, such as a stream too large to hold in the test.</param>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient editor, string fileName, HttpContent file, IReadOnlyDictionary<string, string>? alt = null, string contentType = "image/png")
    {
        var page = await editor.GetDocumentAsync("/manager/media");
        var form = page.QuerySelector("#upload-form")!;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!), "__RequestVerificationToken");
        foreach (var (site, text) in alt ?? AltEverywhere())
        {
            content.Add(new StringContent(text), $"Input.Alt[{site}]");
        }
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        if (fileName.Length == 0)
        {
            // The file input left empty: a browser still sends its part, with an empty file name and no bytes.
            file.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data") { Name = "\"Input.File\"", FileName = "\"\"" };
            content.Add(file);
        }
        else
        {
            content.Add(file, "Input.File", fileName);
        }
        return await editor.PostAsync(form.GetAttribute("action"), content);
    }

    /// <summary>Uploads an image that must be accepted; returns its hash.</summary>
    public static async Task<string> UploadedAsync(this HttpClient editor, byte[] bytes, string fileName = "screenshot.png", IReadOnlyDictionary<string, string>? alt = null)
    {
        using var response = await editor.UploadAsync(fileName, bytes, alt);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Location()!.Split("#media-")[1];
    }

    public static async Task<IDocument> ShownAsync(this HttpResponseMessage response) =>
        await Html.ParseAsync(await response.Content.ReadAsStringAsync());
}
