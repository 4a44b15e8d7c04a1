using System.Globalization;
using System.Net;
using MassarDalil.Content.Pages;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Manager;

/// <summary>
/// A page or link put twice in one menu of the navigation page: the editor is told which entry already has it, counted
/// as the page shows entries (from 1), and the page by its title, never by its internal key or a file's line.
/// </summary>
public class NavigationEntryMessageTests
{
    [Theory]
    [InlineData("en", "Header")]
    [InlineData("ar", "Header")]
    [InlineData("en", "Footer")]
    public async Task AnEntryListedTwiceNamesTheEntryThatHasItByItsPlaceAndTitle(string language, string list)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).In(language);
        var id = await app.PageIdAsync(language, PageType.Navigation);
        var form = await editor.GetDocumentAsync($"/manager/navigation/{id}");
        var (_, withRow) = await editor.NavigationCommandAsync(form, $"add:{list}");
        var name = list.ToLowerInvariant();
        var added = withRow.QuerySelectorAll($"#list-{name} .menu-item").Length - 1;
        // The list's first entry, as the form shows it: a page chosen by its title, or an official link.
        var page = withRow.QuerySelector($"#f-{name}-0-page option[selected]");
        var link = withRow.QuerySelector($"#f-{name}-0-link")!.GetAttribute("value") ?? "";
        var (field, value, named) = page is not null ? ("Page", page.GetAttribute("value")!, page.TextContent) : ("Link", link, link);
        var before = (await app.StoredPageAsync(id)).DraftVersion;

        var (response, shown) = await editor.NavigationCommandAsync(withRow, "save", new() { [$"Input.{list}[{added}].{field}"] = value });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var expected = ManagerWords.In(language, t => t.Format("“{0}” is already entry {1} of this list: list each page or link once.", named, 1));
        var entry = shown.QuerySelector($"#f-{name}-{added.ToString(CultureInfo.InvariantCulture)}-item")!;
        Assert.Equal(expected, entry.QuerySelector(".field-error")!.TextContent);
        var summary = Assert.Single(shown.QuerySelectorAll(".error-summary li a"));
        Assert.EndsWith(": " + expected, summary.TextContent, StringComparison.Ordinal);
        Assert.NotNull(shown.QuerySelector(summary.GetAttribute("href")!));
        Assert.Equal(before, (await app.StoredPageAsync(id)).DraftVersion);
    }
}
