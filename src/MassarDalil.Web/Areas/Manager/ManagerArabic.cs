namespace MassarDalil.Web.Areas.Manager;

/// <summary>The Arabic of every phrase the manager shows, keyed by its English.</summary>
internal static class ManagerArabic
{
    public static IReadOnlyDictionary<string, string> Phrases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}
