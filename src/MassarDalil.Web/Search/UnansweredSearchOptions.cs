namespace MassarDalil.Web.Search;

/// <summary>
/// How many searches that found nothing the site writes down, so no one can fill the database through the
/// search box. Counted in memory per server, never stored. Section <c>UnansweredSearches</c>.
/// </summary>
public sealed class UnansweredSearchOptions
{
    public const string Section = "UnansweredSearches";

    /// <summary>Misses counted per address (an IPv6 /64 is one address) per minute.</summary>
    public int PerAddressPerMinute { get; set; } = 5;

    /// <summary>Misses counted per address per day (UTC).</summary>
    public int PerAddressPerDay { get; set; } = 30;

    /// <summary>Misses counted per day (UTC) from everyone together.</summary>
    public int PerDay { get; set; } = 2000;

    internal static bool IsValid(UnansweredSearchOptions o) =>
        o.PerAddressPerMinute > 0 && o.PerAddressPerDay >= o.PerAddressPerMinute && o.PerDay > 0;
}
