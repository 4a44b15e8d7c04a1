using System.Text;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Redirects;
using MassarDalil.Content.Text;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Import;

/// <summary>
/// <c>{site}/redirects.yml</c>: the redirects editors added, one <c>old-slug: page-slug</c> per line (a YAML map,
/// <c>#</c> starts a comment). Redirects left by renamed pages are not written: they belong to that database's history.
/// </summary>
public static class RedirectsFile
{
    public const string FileName = "redirects.yml";

    public static List<SeedRedirect> Parse(string file, string siteKey, string text, List<Problem> errors)
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
                errors.Add(Problem.At(file, i + 1, ProblemCode.RedirectLineForm));
                continue;
            }
            var (from, to) = (Unquote(content[..colon]), Unquote(content[(colon + 1)..]));
            if (PageValidator.ValidateSlug(from).FirstOrDefault() is not null || !Slug.IsValidAddress(to))
            {
                errors.Add(Problem.At(file, i + 1, ProblemCode.RedirectAddressForm, from, to));
                continue;
            }
            redirects.Add(new SeedRedirect(file, i + 1, siteKey, from, to));
        }
        return redirects;
    }

    /// <summary>Checks redirects against the pages of the same seed: targets exist, sources are no page's address, one answer per source.</summary>
    public static void Check(IReadOnlyList<SeedRedirect> redirects, IReadOnlyList<SeedPage> pages, List<Problem> errors)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var redirect in redirects)
        {
            var slugs = pages.Where(p => p.SiteKey == redirect.SiteKey).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
            if (!seen.Add((redirect.SiteKey, redirect.From)))
            {
                errors.Add(Problem.At(redirect.File, redirect.Line, ProblemCode.RedirectTwice, redirect.From));
            }
            else if (slugs.Contains(redirect.From))
            {
                errors.Add(Problem.At(redirect.File, redirect.Line, ProblemCode.RedirectFromPage, redirect.From));
            }
            else if (!slugs.Contains(redirect.To))
            {
                errors.Add(Problem.At(redirect.File, redirect.Line, ProblemCode.RedirectToNoPage, redirect.SiteKey, redirect.To));
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
