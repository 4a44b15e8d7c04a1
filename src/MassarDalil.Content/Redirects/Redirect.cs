namespace MassarDalil.Content.Redirects;

/// <summary>
/// An old address of a site that answers 301 with a live page's address: <c>/{site}/{FromSlug}</c> goes to
/// <c>/{site}/{ToSlug}</c>. Targets are slugs, not page ids, so that what a visitor is sent to is exactly what the
/// site publishes; when the target's slug changes, every redirect to it moves too (<see cref="RedirectRules"/>).
/// </summary>
public class Redirect
{
    public int Id { get; set; }
    public required string SiteKey { get; set; }
    public required string FromSlug { get; set; }

    /// <summary>The slug of a published page; empty for the site's home.</summary>
    public required string ToSlug { get; set; }

    public required string Kind { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>How a redirect came to be: left by a slug change on publish, or added by an editor.</summary>
public static class RedirectKinds
{
    public const string Automatic = "automatic";
    public const string Manual = "manual";
}
