using System.Text.RegularExpressions;
using AngleSharp.Dom;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Manager;

/// <summary>
/// No manager page shows hard-coded English to an editor who reads Arabic. An administrator walks every page the
/// manager links to (with the seeded content); what the English site's content says is marked <c>lang="en"</c> and
/// left out; what remains, text and the attributes people read, must have no Latin word but names and addresses.
/// </summary>
public partial class ManagerSpeaksArabicTests
{
    /// <summary>Names and technical words that stay in Latin letters in the Arabic manager.</summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "Massar", "Masar", "Moutamadris", "Waliye", "Dalil", "HTTP", "HTTPS", "POST", "TLS", "localhost", "key",
    };

    /// <summary>
    /// The Latin words of the Arabic site's own content (acronyms such as NFC, and the other spellings visitors type,
    /// kept as search terms): the editors' words, which the manager shows as they wrote them.
    /// </summary>
    private static readonly HashSet<string> ArabicContent = [.. Directory.GetFiles(Path.Combine(TestPaths.Seed, "ar"), "*", SearchOption.AllDirectories)
        .Append(Path.Combine(TestPaths.Seed, "lexicon.yml"))
        .SelectMany(f => Word().Matches(File.ReadAllText(f)).Select(m => m.Value))];

    /// <summary>Pages of the same shape (<c>/manager/page/12</c>, <c>/manager/page/14</c>) looked at, at most: both sites' and another.</summary>
    private const int PerShape = 3;

    [Fact]
    public async Task EveryManagerPageInArabicHasNoEnglishOutsideEnglishContent()
    {
        using var app = ManagerAccess.NewApp();
        var admin = await app.SignedInAsync();
        var visitor = app.CreateBrowser();
        var found = new List<string>();
        var pages = new List<(string Path, IDocument Page)> { ("/manager/login", await visitor.GetDocumentAsync("/manager/login")) };
        await foreach (var page in CrawlAsync(admin, "/manager"))
        {
            pages.Add(page);
        }

        foreach (var (path, page) in pages)
        {
            found.AddRange(English(page).Select(words => $"{path}: {words}"));
        }

        Assert.True(pages.Count > 20, $"only {pages.Count} pages walked: {string.Join(", ", pages.Select(p => p.Path))}");
        Assert.True(found.Count == 0, string.Join("\n", found.Distinct()));
    }

    [Fact]
    public async Task APhraseWithoutItsArabicIsFound()
    {
        var page = await Html.ParseAsync("""
            <html lang="ar"><body>
            <h1 title="Save draft">لوحة التحكم</h1><p lang="en">What is Massar?</p><input value="Search" placeholder="ابحث">
            <p>اكتب إلى admin@massar.test أو افتح https://massarservice.men.gov.ma/moutamadris أو /ar/how-to-sign-in — Massar {#key}</p>
            <input type="hidden" value="draft"><script>let x = "ignored";</script></body></html>
            """);

        Assert.Equal(["<h1 title>: Save draft", "<input value>: Search"], English(page));
    }

    /// <summary>The Latin words found, by where: <c>text: ...</c> or the attribute's name.</summary>
    private static List<string> English(IDocument page)
    {
        var found = new List<string>();
        foreach (var element in page.All.Where(InArabic))
        {
            foreach (var node in element.ChildNodes.OfType<IText>())
            {
                found.AddRange(Said($"<{element.LocalName}> text", node.Data));
            }
            foreach (var attribute in ReadAttributes.Where(element.HasAttribute))
            {
                if (attribute == "value" && (element.LocalName != "input" || element.GetAttribute("type") is "hidden" or "checkbox" or "radio"))
                {
                    continue; // not shown
                }
                found.AddRange(Said($"<{element.LocalName} {attribute}>", element.GetAttribute(attribute)!));
            }
        }
        return found;
    }

    private static readonly string[] ReadAttributes = ["title", "aria-label", "placeholder", "alt", "value"];

    /// <summary>In the Arabic part of the page: its nearest <c>lang</c> is Arabic, and it is not a script or style.</summary>
    private static bool InArabic(IElement element) =>
        element.LocalName is not ("script" or "style" or "template")
        && (element.Closest("[lang]")?.GetAttribute("lang") ?? "").StartsWith("ar", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Latin words of one text or attribute, if any, as <c>where: words</c>.</summary>
    private static IEnumerable<string> Said(string where, string text)
    {
        // Addresses, email addresses and slugs are names, not words: removed before looking for words.
        var words = Word().Matches(Names().Replace(text, " ")).Select(m => m.Value).Where(w => w.Length > 1 && !Allowed.Contains(w) && !ArabicContent.Contains(w)).ToList();
        return words.Count > 0 ? [$"{where}: {string.Join(" ", words)}"] : [];
    }

    /// <summary>Every page the manager links to from the dashboard on, at most <see cref="PerShape"/> of each shape.</summary>
    private static async IAsyncEnumerable<(string Path, IDocument Page)> CrawlAsync(HttpClient client, string start)
    {
        var queue = new Queue<string>([start]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        while (queue.TryDequeue(out var path))
        {
            using var response = await client.GetAsync(path);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
            yield return (path, page);
            var links = page.QuerySelectorAll("a[href^='/manager']").Select(a => a.GetAttribute("href")!.Split('#')[0])
                .Where(href => !href.StartsWith("/manager/logout", StringComparison.Ordinal) && !href.StartsWith("/manager/language", StringComparison.Ordinal))
                .Distinct().Order(StringComparer.Ordinal);
            foreach (var link in links)
            {
                var shape = Digits().Replace(link.Split('?')[0], "N");
                if (seen.Add(link) && (shapes[shape] = shapes.GetValueOrDefault(shape) + 1) <= PerShape)
                {
                    queue.Enqueue(link);
                }
            }
        }
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’]*")]
    private static partial Regex Word();

    /// <summary>URLs, paths, email addresses, domain names, slugs (words joined by hyphens) and placeholders in braces.</summary>
    [GeneratedRegex(@"\S+://\S+|\S*/\S+|\S+@\S+\.\S+|\b[\w-]+(\.[\w-]+)+\b|\b\w+(-\w+)+\b|\{[^}]*\}")]
    private static partial Regex Names();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
