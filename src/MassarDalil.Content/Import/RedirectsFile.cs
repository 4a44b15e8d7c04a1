using System.Text;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Redirects;
using MassarDalil.Content.Text;

namespace MassarDalil.Content.Import;

/// <summary>
/// <c>{site}/redirects.yml</c>: the redirects editors added, one <c>old-slug: page-slug</c> per line (a YAML map,
/// <c>#</c> starts a comment). Redirects left by renamed pages are not written: they belong to that database's history.
/// </summary>
public static class RedirectsFile
{
    public const string FileName = "redirects.yml";

    public static List<SeedRedirect> Parse(string file, string siteKey, string text, List<SeedProblem> errors)
    {
        var redirects = new List<SeedRedirect>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var content = line.Split('#')[0].Trim();
            if (content.Length == 0)
            {
                continue;
            }
            var colon = content.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                errors.Add(new SeedProblem(file, i + 1, "write each redirect as 'old-slug: page-slug'"));
                continue;
            }
            var (from, to) = (Unquote(content[..colon]), Unquote(content[(colon + 1)..]));
            if (PageValidator.ValidateSlug(from).FirstOrDefault() is not null || !Slug.IsValidAddress(to))
            {
                errors.Add(new SeedProblem(file, i + 1, $"'{from}: {to}': both must be page addresses (Arabic or lower-case Latin letters and digits joined by single hyphens, in NFC), the first not one of the site's own"));
                continue;
            }
            redirects.Add(new SeedRedirect(file, i + 1, siteKey, from, to));
        }
        return redirects;
    }

    /// <summary>Checks redirects against the pages of the same seed: targets exist, sources are no page's address, one answer per source.</summary>
    public static void Check(IReadOnlyList<SeedRedirect> redirects, IReadOnlyList<SeedPage> pages, List<SeedProblem> errors)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var redirect in redirects)
        {
            var slugs = pages.Where(p => p.SiteKey == redirect.SiteKey).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
            if (!seen.Add((redirect.SiteKey, redirect.From)))
            {
                errors.Add(new SeedProblem(redirect.File, redirect.Line, $"'{redirect.From}' already redirects above"));
            }
            else if (slugs.Contains(redirect.From))
            {
                errors.Add(new SeedProblem(redirect.File, redirect.Line, $"'{redirect.From}' is a page's address: it cannot redirect"));
            }
            else if (!slugs.Contains(redirect.To))
            {
                errors.Add(new SeedProblem(redirect.File, redirect.Line, $"no page of the site '{redirect.SiteKey}' has the address '{redirect.To}'"));
            }
        }
    }

    public static string Write(IEnumerable<Redirect> redirects)
    {
        var text = new StringBuilder("# Old addresses of this site and the page each leads to (301).\n");
        foreach (var redirect in redirects.OrderBy(r => r.FromSlug, StringComparer.Ordinal))
        {
            text.Append(redirect.FromSlug).Append(": ").Append(redirect.ToSlug).Append('\n');
        }
        return text.ToString();
    }

    private static string Unquote(string value) => value.Trim().Trim('"', '\'').Trim().Normalize(NormalizationForm.FormC);
}
