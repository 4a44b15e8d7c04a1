using System.Net;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Manager;

/// <summary>The FAQ editor and its live preview refuse text the site could not render, and keep it as typed.</summary>
public class UnrenderableTextTests
{
    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    public static TheoryData<string> DeepText => new()
    {
        Repeat("a. ", 400) + "x",
        Repeat("i. ", 400) + "x",
        Repeat("1) ", 400) + "x",
        Repeat("- ", 400) + "x",
        Repeat("> ", 200) + "x",
        Repeat("^", 200) + "x" + Repeat("^", 200),
    };

    [Theory]
    [MemberData(nameof(DeepText))]
    public async Task AnAnswerNestedTooDeeplyIsRefusedOnItsFieldWithTheTextKept(string deep)
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await app.PageIdAsync("en");
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}");
        var before = await app.StoredPageAsync(id);

        using var response = await editor.SaveFaqAsync(form, "publish", new Dictionary<string, string> { [form.FieldOf("forgot-password")] = deep });
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var answer = page.QuerySelector($"textarea[name='{form.FieldOf("forgot-password")}']")!;
        Assert.Equal(deep, answer.TextContent);
        Assert.Contains("متداخلة أكثر من اللازم", answer.ParentElement!.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        var after = await app.StoredPageAsync(id);
        Assert.Equal((before.DraftVersion, before.PublishedRevisionId), (after.DraftVersion, after.PublishedRevisionId));
    }

    [Theory]
    [MemberData(nameof(DeepText))]
    public async Task TheLivePreviewSaysWhyInsteadOfFailing(string deep)
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var form = await editor.GetDocumentAsync($"/manager/faq/{await app.PageIdAsync("ar")}");
        var token = form.QuerySelector("#faq-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        using var preview = await editor.PostAsync("/manager/markdown-preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["markdown"] = deep, ["lang"] = "ar", ["__RequestVerificationToken"] = token,
        }));
        var shown = await Html.ParseAsync($"<div>{await preview.Content.ReadAsStringAsync()}</div>");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, preview.StatusCode);
        Assert.Contains("متداخلة أكثر من اللازم", shown.QuerySelector("[role='alert'] > p.preview-problem")!.TextContent, StringComparison.Ordinal);
    }
}
