namespace MassarDalil.Content.SiteTexts;

/// <summary>
/// A site's published texts as visitors read them: its own, and for a key it lacks (a translation gap) the default
/// site's. Built once per snapshot, so a page reads its words from memory.
/// </summary>
public sealed class SiteTextSet(IReadOnlyDictionary<string, string> own, IReadOnlyDictionary<string, string> fallback)
{
    public static SiteTextSet Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>The site's text for <paramref name="key"/>, the default site's when it has none, else the key itself.</summary>
    public string this[string key] =>
        own.TryGetValue(key, out var text) ? text : fallback.TryGetValue(key, out var other) ? other : key;

    /// <summary>The text with its <c>{0}</c>, <c>{1}</c>… filled in.</summary>
    public string Format(string key, params object[] values) => SiteTextRules.Format(this[key], values);

    /// <summary>
    /// A counted phrase: <c>{stem}.one</c>, <c>.two</c>, <c>.few</c> (3 to 10, and 103 to 110…) or <c>.other</c>, with
    /// the count as <c>{0}</c>. Arabic needs all four; a language with fewer forms repeats its plural.
    /// </summary>
    public string Count(string stem, int count, params object[] more) =>
        Format($"{stem}.{PluralForm(count)}", [count, .. more]);

    public static string PluralForm(int count) => count switch
    {
        1 => "one",
        2 => "two",
        _ when count % 100 is >= 3 and <= 10 => "few",
        _ => "other",
    };

    public IReadOnlyDictionary<string, string> Own => own;
}
