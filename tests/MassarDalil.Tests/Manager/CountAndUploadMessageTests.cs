using System.Globalization;
using System.Net;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Areas.Manager;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Manager;

/// <summary>Small messages: a count in the form its number takes.</summary>
public class CountAndUploadMessageTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task OneRedirectIsCountedInTheSingular(string language)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).In(language);
        var guide = await editor.CreateAndPublishGuideAsync("en", "activate-account");
        var page = await editor.GetDocumentAsync("/manager/redirects?site=en");
        using var added = await editor.SubmitAsync(page, "#new-redirect-form", new Dictionary<string, string>
        {
            ["Input.From"] = "old-activation", ["Input.To"] = guide.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var list = await editor.GetDocumentAsync(added.Location()!);

        var count = await app.WithDbAsync(db => db.Redirects.CountAsync(r => r.SiteKey == "en"));
        Assert.Equal(1, count);
        Assert.Equal(ManagerWords.In(language, t => t.Count(count, ManagerPlurals.Redirects)), list.QuerySelector("#redirects caption")!.TextContent);
    }
}
