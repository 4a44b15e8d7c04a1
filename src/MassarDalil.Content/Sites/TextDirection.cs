namespace MassarDalil.Content.Sites;

public enum TextDirection
{
    Ltr,
    Rtl,
}

/// <summary>
/// The words for a direction, as HTML's <c>dir</c>, the API and sites.yml write them: spelled here only, so pages
/// ask the site (<see cref="Site.Dir"/>) rather than compare languages.
/// </summary>
public static class TextDirections
{
    public const string Rtl = "rtl";
    public const string Ltr = "ltr";

    public static string Name(this TextDirection direction) => direction == TextDirection.Rtl ? Rtl : Ltr;

    /// <returns>Null for anything but <c>rtl</c> and <c>ltr</c>.</returns>
    public static TextDirection? Parse(string? name) => name switch
    {
        Rtl => TextDirection.Rtl,
        Ltr => TextDirection.Ltr,
        _ => null,
    };
}
