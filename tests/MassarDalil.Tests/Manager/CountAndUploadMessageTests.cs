using System.Globalization;
using System.Net;
using MassarDalil.Content.Problems;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Areas.Manager;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Manager;

/// <summary>Two small messages: a count in the form its number takes, and an upload sent without a file.</summary>
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

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task AnUploadWithoutAFileAsksForOne(string language)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).In(language);

        using var response = await editor.UploadAsync("", [], contentType: "application/octet-stream");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var shown = await response.ShownAsync();
        var message = ManagerWords.Problem(language, new Problem(ProblemCode.MediaNoFile, []));
        Assert.NotEqual(ManagerWords.Problem(language, new Problem(ProblemCode.MediaEmpty, [])), message);
        Assert.Equal(message, shown.QuerySelector("#f-file")!.Closest(".field")!.QuerySelector(".field-error")?.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
    }
}
