using System.Net;
using MassarDalil.Tests.Search;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Manager;

/// <summary>A question's search terms: typed in the FAQ editor, stored with the draft, found by search once published.</summary>
public class SearchTermsEditorTests
{
    [Fact]
    public async Task SearchTermsTypedInTheEditorAreStoredAndFindTheQuestionOncePublished()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await app.PageIdAsync("en");
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}");
        Assert.False((await (await IndexRebuildTests.IndexAtCurrentVersionAsync(app)).SearchAsync("en", "zanzibar")).Found);

        using var saved = await editor.SaveFaqAsync(form, "save", new Dictionary<string, string>
        {
            [form.FieldOf("forgot-password", "SearchTerms")] = "zanzibar،  mot  de passe perdu, Zanzibar",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draft = await app.StoredPageAsync(id);
        Assert.Equal(["zanzibar", "mot de passe perdu"], draft.Draft.AllQuestions.Single(q => q.Key == "forgot-password").SearchTerms);
        form = await editor.GetDocumentAsync($"/manager/faq/{id}");
        var field = form.QuerySelector($"[name='{form.FieldOf("forgot-password", "SearchTerms")}']")!;
        Assert.Equal("zanzibar, mot de passe perdu", field.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector($"label[for='{field.Id}']"));

        using var published = await editor.SaveFaqAsync(form, "publish", new Dictionary<string, string>());
        var index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);

        Assert.Equal("forgot-password", (await index.SearchAsync("en", "zanzibar")).Hits[0].Key);
        // Indexed, never shown: the terms are not on the public page.
        Assert.DoesNotContain("zanzibar", await app.CreateVisitor().GetStringAsync("/en/faq"), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("G123456789")]
    [InlineData("code massar, J130012345")]
    [InlineData("abc12")]
    [InlineData("parent@example.com")]
    [InlineData("Pass#word")]
    [InlineData("06 12 34 56 78")]
    public async Task ATermThatCouldBeACodeOrPasswordIsRefusedWithEverythingTypedKept(string terms)
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await app.PageIdAsync("ar");
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}");
        var before = await app.StoredPageAsync(id);

        using var response = await editor.SaveFaqAsync(form, "save", new Dictionary<string, string>
        {
            [form.FieldOf("forgot-password", "SearchTerms")] = terms,
        });
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var field = page.QuerySelector($"[name='{form.FieldOf("forgot-password", "SearchTerms")}']")!;
        Assert.Equal(terms, field.GetAttribute("value"));
        Assert.Contains("رمز مسار", field.ParentElement!.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before.DraftVersion, (await app.StoredPageAsync(id)).DraftVersion);
    }
}
