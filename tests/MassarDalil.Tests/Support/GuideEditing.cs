using System.Globalization;
using System.Net;

namespace MassarDalil.Tests.Support;

/// <summary>Creating, renaming and publishing a guide through the manager's forms, as an editor does.</summary>
public static class GuideEditing
{
    /// <returns>The new guide's page id.</returns>
    public static async Task<int> CreateAndPublishGuideAsync(this HttpClient editor, string site, string slug, string title = "A guide", string? translationKey = null)
    {
        var form = await editor.GetDocumentAsync("/manager/guides/new");
        var values = new Dictionary<string, string> { ["Input.Site"] = site, ["Input.Title"] = title, ["Input.Slug"] = slug };
        if (translationKey is not null)
        {
            values["Input.TranslationKey"] = translationKey;
        }
        using var created = await editor.SubmitAsync(form, "#new-guide-form", values);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = created.Location()!;
        var id = int.Parse(location.Split('/')[^1], CultureInfo.InvariantCulture);
        await editor.SaveGuideAsync(id, new Dictionary<string, string> { ["Input.Body"] = "Open the **portal**.", ["command"] = "publish" });
        return id;
    }

    /// <summary>Changes the guide's address and publishes it.</summary>
    public static Task PublishGuideAtAsync(this HttpClient editor, int id, string slug) =>
        editor.SaveGuideAsync(id, new Dictionary<string, string> { ["Input.Slug"] = slug, ["command"] = "publish" });

    public static async Task SaveGuideAsync(this HttpClient editor, int id, Dictionary<string, string> values)
    {
        var page = await editor.GetDocumentAsync($"/manager/page/{id}");
        using var response = await editor.SubmitAsync(page, "#page-form", values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
