namespace MassarDalil.Content.Sites;

/// <summary>One language edition of the site, such as <c>ar</c> or <c>en</c>.</summary>
public class Site
{
    public required string Key { get; set; }
    public required string Culture { get; set; }
    public TextDirection Direction { get; set; }
    public required string Title { get; set; }
    public string Tagline { get; set; } = "";
    public int SortOrder { get; set; }

    public bool IsRightToLeft => Direction == TextDirection.Rtl;

    /// <summary>The site's direction as HTML's <c>dir</c> attribute writes it: <c>rtl</c> or <c>ltr</c>.</summary>
    public string Dir => Direction.Name();
}
