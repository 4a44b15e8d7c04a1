using System.Net;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Manager;

public class GuidePageTests
{
    [Fact]
    public async Task GuideIsCreatedWrittenPublishedAndServedAtItsAddress()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var visitor = app.CreateVisitor();
        var form = await editor.GetDocumentAsync("/manager/guides/new");

        using var created = await editor.SubmitAsync(form, "#new-guide-form", new Dictionary<string, string>
        {
            ["Input.Site"] = "en", ["Input.Title"] = "Signing in for the first time", ["Input.Slug"] = "first-sign-in",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var guide = await editor.GetDocumentAsync(created.Location()!);
        using var drafted = await editor.SubmitAsync(guide, "#page-form", new Dictionary<string, string>
        {
            ["Input.Body"] = "Open the **student portal** and type your code.", ["command"] = "save",
        });
        using var hidden = await visitor.GetAsync("/en/first-sign-in");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);

        guide = await editor.GetDocumentAsync(created.Location()!);
        using var published = await editor.SubmitAsync(guide, "#page-form", new Dictionary<string, string> { ["command"] = "publish" });
        var page = await visitor.GetDocumentAsync("/en/first-sign-in");

        Assert.Equal("Signing in for the first time", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("student portal", page.QuerySelector(".prose strong")!.TextContent);
    }

    [Theory]
    [InlineData("faq")]
    [InlineData("Not A Slug")]
    public async Task GuideAddressesMustBeValidAndNotTheFaqs(string slug)
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var form = await editor.GetDocumentAsync("/manager/guides/new");

        using var response = await editor.SubmitAsync(form, "#new-guide-form", new Dictionary<string, string>
        {
            ["Input.Site"] = "ar", ["Input.Title"] = "دليل", ["Input.Slug"] = slug,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Pages.AnyAsync(p => p.Type == "guide")));
    }

    [Fact]
    public async Task GuideTranslationIsLinkedByItsKeyAndShownBeside()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var form = await editor.GetDocumentAsync("/manager/guides/new");
        using var english = await editor.SubmitAsync(form, "#new-guide-form", new Dictionary<string, string>
        {
            ["Input.Site"] = "en", ["Input.Title"] = "Grades", ["Input.Slug"] = "grades",
        });
        var englishEditor = await editor.GetDocumentAsync(english.Location()!);
        var createLink = englishEditor.QuerySelector(".other-language a")!.GetAttribute("href")!;

        var arabicForm = await editor.GetDocumentAsync(createLink);
        using var arabic = await editor.SubmitAsync(arabicForm, "#new-guide-form", new Dictionary<string, string> { ["Input.Title"] = "النقط" });
        var arabicEditor = await editor.GetDocumentAsync(arabic.Location()!);

        Assert.Equal(HttpStatusCode.Redirect, arabic.StatusCode);
        Assert.Equal("Grades", arabicEditor.QuerySelector(".other-language .other-question")!.TextContent);
        var keys = await app.WithDbAsync(db => db.Pages.Where(p => p.Type == "guide").Select(p => p.TranslationKey).Distinct().ToListAsync());
        Assert.Equal(["grades"], keys);
    }
}
