using System.Globalization;
using System.Text.RegularExpressions;

namespace MassarDalil.Web.Http;

/// <summary>
/// The one rule for the language of a request whose address does not say: a cookie naming one of the offered
/// languages wins; then Accept-Language by q-value, where <c>q=0</c> refuses a language, ties keep the header's
/// order, <c>en-GB</c> asks for <c>en</c>, <c>*</c> stands for every language the header does not name, case does
/// not matter and a malformed item is ignored; then the first offered language the header does not refuse.
/// Used for <c>/</c> (the sites) and for the manager's own words (Arabic and English).
/// </summary>
public static partial class LanguagePreference
{
    /// <param name="offered">Language keys such as <c>ar</c>, the default first.</param>
    /// <returns>One of <paramref name="offered"/>, as written there.</returns>
    public static string Choose(HttpRequest request, string cookieName, IReadOnlyList<string> offered)
    {
        if (request.Cookies.TryGetValue(cookieName, out var cookie) && offered.FirstOrDefault(key => SameLanguage(key, cookie)) is { } chosen)
        {
            return chosen;
        }
        return Choose(request.Headers.AcceptLanguage.ToString(), offered);
    }

    /// <inheritdoc cref="Choose(HttpRequest, string, IReadOnlyList{string})"/>
    public static string Choose(string? acceptLanguage, IReadOnlyList<string> offered)
    {
        var ranges = Parse(acceptLanguage);
        // What the header says of each offered language: the best range naming it, else the wildcard; null when silent.
        var wildcard = Best(ranges.Where(r => r.Tag == "*"));
        var said = offered.Select(key => Best(ranges.Where(r => SameLanguage(key, r.Tag.Split('-')[0]))) ?? wildcard).ToList();
        var preferred = offered.Index()
            .Where(o => said[o.Index] is { Quality: > 0 })
            .OrderByDescending(o => said[o.Index]!.Quality).ThenBy(o => said[o.Index]!.Position).ThenBy(o => o.Index)
            .Select(o => o.Item).FirstOrDefault();
        return preferred ?? offered.Where((_, i) => said[i] is not { Quality: 0 }).FirstOrDefault() ?? offered[0];
    }

    private static bool SameLanguage(string key, string? other) => string.Equals(key, other, StringComparison.OrdinalIgnoreCase);

    /// <summary>The highest quality; of equal ones, the first in the header.</summary>
    private static LanguageRange? Best(IEnumerable<LanguageRange> ranges) =>
        ranges.OrderByDescending(r => r.Quality).ThenBy(r => r.Position).FirstOrDefault();

    /// <summary>RFC 9110 §12.5.4: <c>language-range [ ";" "q=" qvalue ]</c>, comma-separated; anything else is skipped.</summary>
    private static List<LanguageRange> Parse(string? header)
    {
        var ranges = new List<LanguageRange>();
        foreach (var item in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split(';', StringSplitOptions.TrimEntries);
            if (!Range().IsMatch(parts[0]) || parts.Length > 2)
            {
                continue;
            }
            var quality = 1m;
            if (parts.Length == 2)
            {
                var weight = Weight().Match(parts[1]);
                if (!weight.Success)
                {
                    continue;
                }
                quality = decimal.Parse(weight.Groups[1].Value, CultureInfo.InvariantCulture);
            }
            ranges.Add(new LanguageRange(parts[0], quality, ranges.Count));
        }
        return ranges;
    }

    private sealed record LanguageRange(string Tag, decimal Quality, int Position);

    [GeneratedRegex("^(?:\\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)$")]
    private static partial Regex Range();

    [GeneratedRegex("^[qQ]=(0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?)$")]
    private static partial Regex Weight();
}
