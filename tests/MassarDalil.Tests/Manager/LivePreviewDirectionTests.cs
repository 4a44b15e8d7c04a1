using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Manager;

/// <summary>
/// The editor's live preview isolates Latin words in <c>&lt;bdi&gt;</c> exactly where the site will: on every
/// right-to-left site of sites.yml. It used to decide by the key <c>ar</c>, so a second right-to-left language
/// (here Persian, added as data) was previewed unlike its published page.
/// </summary>
public class LivePreviewDirectionTests
{
    private const string Answer = "افتح موقع Massar-Parents ثم اختر القسم";

    [Theory]
    [InlineData("ar", true)]
    [InlineData("fa", true)]
    [InlineData("en", false)]
    public async Task TheLivePreviewIsolatesLatinWordsOnEveryRightToLeftSiteAndNowhereElse(string lang, bool isolated)
    {
        using var seed = SeedWithPersian();
        using var app = ManagerAccess.NewApp(new() { ["Content:SeedPath"] = seed.Path });
        var editor = await app.EditorAsync();
        var form = await editor.GetDocumentAsync($"/manager/faq/{await app.PageIdAsync(lang)}");
        var token = form.QuerySelector("#faq-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        using var preview = await editor.PostAsync("/manager/markdown-preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["markdown"] = Answer, ["lang"] = lang, ["__RequestVerificationToken"] = token,
        }));
        var shown = await Html.ParseAsync($"<div>{await preview.Content.ReadAsStringAsync()}</div>");

        preview.EnsureSuccessStatusCode();
        Assert.Contains("Massar-Parents", shown.Body!.TextContent, StringComparison.Ordinal);
        string[] expected = isolated ? ["Massar-Parents"] : [];
        Assert.Equal(expected, shown.QuerySelectorAll("bdi").Select(b => b.TextContent));
    }

    /// <summary>The real seed with a fourth site, right to left, whose pages and texts are the Arabic ones.</summary>
    private static SeedFolder SeedWithPersian()
    {
        var seed = SeedFolder.CopyOfRealSeed();
        seed.Replace("sites.yml", "  - key: fr\n", "  - key: fa\n    culture: fa-IR\n    direction: rtl\n  - key: fr\n");
        foreach (var file in new[] { "home.md", "faq.md", "texts.yml" })
        {
            seed.Write($"fa/{file}", File.ReadAllText(seed.File($"ar/{file}")));
        }
        seed.Replace("fa/texts.yml", "language.name: \"العربية\"", "language.name: \"فارسی\"");
        return seed;
    }
}
