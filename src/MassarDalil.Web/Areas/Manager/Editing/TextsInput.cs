using MassarDalil.Content.Pages;
using MassarDalil.Content.SiteTexts;

namespace MassarDalil.Web.Areas.Manager.Editing;

/// <summary>
/// The form of a site's texts: keys and texts as two lists in the catalogue's order (a dotted key is no safe
/// form-field name, so each text is posted by its place, with its key beside it).
/// </summary>
public sealed class TextsInput
{
    public int Version { get; set; }
    public List<string> Keys { get; set; } = [];
    public List<string?> Values { get; set; } = [];

    public static TextsInput From(Page page) => new()
    {
        Version = page.DraftVersion,
        Keys = SiteTextCatalogue.Keys.Select(k => k.Key).ToList(),
        Values = SiteTextCatalogue.Keys.Select(k => page.Draft.Texts.GetValueOrDefault(k.Key)).ToList(),
    };

    /// <summary>What was typed for <paramref name="key"/>, or null when the form had no such field.</summary>
    public string? Typed(string key) => Keys.IndexOf(key) is var i and >= 0 && i < Values.Count ? Values[i] : null;

    /// <summary>
    /// The texts to store, and the fields left empty that had a text: a text cannot be emptied (visitors would see
    /// nothing), but a field that was empty (the default site's text shows there) may stay so.
    /// </summary>
    public (Dictionary<string, string> Texts, List<string> Emptied) Read(IReadOnlyDictionary<string, string> stored)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var emptied = new List<string>();
        foreach (var key in SiteTextCatalogue.Keys.Select(k => k.Key))
        {
            var value = Typed(key)?.Trim();
            if (!string.IsNullOrEmpty(value))
            {
                texts[key] = value.ReplaceLineEndings("\n");
            }
            else if (stored.ContainsKey(key))
            {
                emptied.Add(key);
            }
        }
        return (texts, emptied);
    }
}
