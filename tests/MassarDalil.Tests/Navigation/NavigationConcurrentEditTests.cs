using System.Net;
using AngleSharp.Dom;
using MassarDalil.Content.Navigation;
using MassarDalil.Content.Pages;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Navigation;

/// <summary>Two editors on one site's navigation page: changes to different lists both stay; only the same list is asked.</summary>
public class NavigationConcurrentEditTests
{
    /// <summary>The admin (first) and an editor (second) both open the English navigation before either saves.</summary>
    private static async Task<TwoEditors> BothOpenAsync()
    {
        var app = ManagerAccess.NewApp();
        await app.PublishAsync("en", "activate", "Activating your account", "The steps.", "activate");
        return await TwoEditors.OpenAsync(app, await app.PageIdAsync("en", PageType.Navigation), "/manager/navigation");
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient editor, IDocument form, Dictionary<string, string> values) =>
        editor.SubmitAsync(form, "#navigation-form", new Dictionary<string, string>(values) { ["command"] = "save" });

    private static async Task<NavigationMenu> DraftAsync(TwoEditors e) => NavigationFile.Read((await e.App.StoredPageAsync(e.Id)).Draft.Body);

    [Fact]
    public async Task OneEditorsHeaderAndAnotherEditorsFooterBothStayWithoutAQuestion()
    {
        using var e = await BothOpenAsync();
        using var header = await SaveAsync(e.First, e.FirstForm, new() { ["Input.Header[1].Page"] = "activate" });
        Assert.Equal(HttpStatusCode.Redirect, header.StatusCode);

        using var footer = await SaveAsync(e.Second, e.SecondForm, new() { ["Input.Footer[0].Label"] = "Moutamadris" });

        Assert.Equal(HttpStatusCode.Redirect, footer.StatusCode);
        var draft = await DraftAsync(e);
        Assert.Equal(["faq", "activate"], draft.Header.Select(i => i.Page));
        Assert.Equal(["Moutamadris", "Massar portal"], draft.Footer.Select(i => i.Label));
    }

    [Fact]
    public async Task TheHeaderChangedByBothIsTheOnlyPlaceAskedAndTheFooterChangeIsKeptOnceChosen()
    {
        using var e = await BothOpenAsync();
        using var saved = await SaveAsync(e.First, e.FirstForm, new() { ["Input.Header[0].Label"] = "Questions" });

        using var refused = await SaveAsync(e.Second, e.SecondForm, new() { ["Input.Header[0].Label"] = "Help", ["Input.Footer[1].Label"] = "Massar" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var conflict = await Html.ParseAsync(await refused.Content.ReadAsStringAsync(), e.SecondForm.Url);
        var item = Assert.Single(conflict.QuerySelectorAll("#conflict li.diff-item"));
        Assert.Equal("n:header", item.GetAttribute("data-choice"));
        Assert.Contains("Header", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("\"Questions\"", item.QuerySelector(".theirs")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(ManagerAccess.AdminEmail, item.QuerySelector(".theirs h4")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("\"Help\"", item.QuerySelector(".mine")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Questions", (await DraftAsync(e)).Header[0].Label);

        using var chosen = await SaveAsync(e.Second, conflict, new() { ["Choices[n:header]"] = "theirs" });

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var draft = await DraftAsync(e);
        Assert.Equal(("Questions", "Massar"), (draft.Header[0].Label, draft.Footer[1].Label));
    }
}
