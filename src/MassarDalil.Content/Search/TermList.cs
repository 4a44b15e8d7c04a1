namespace MassarDalil.Content.Search;

/// <summary>
/// Lists of words editors give search, typed as one text: a question's search terms and a synonym group's terms.
/// Separated by commas (Latin or Arabic) or lines; spaces collapsed; the same term twice kept once.
/// </summary>
public static class TermList
{
    public static IReadOnlyList<string> Parse(string? text) =>
        Clean((text ?? "").Split(['\n', '\r', ',', '،'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static List<string> Clean(IEnumerable<string> terms) =>
        terms.Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>As an editor reads and types it: the form <see cref="Parse"/> reads back.</summary>
    public static string Join(IEnumerable<string> terms) => string.Join(", ", terms);
}
