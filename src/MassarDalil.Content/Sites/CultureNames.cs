namespace MassarDalil.Content.Sites;

/// <summary>What the engine reads from a site's culture name when only its language counts (search, typography).</summary>
public static class CultureNames
{
    /// <summary>The primary language subtag of a BCP 47 culture name: <c>fr-MA</c> → <c>fr</c>.</summary>
    public static string LanguageOf(string culture) => culture.Split('-', '_')[0].ToLowerInvariant();
}
