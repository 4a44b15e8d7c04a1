namespace MassarDalil.Web.Areas.Manager.Insights;

/// <summary>The language filter of the insight lists: a site key, or null for both.</summary>
public static class InsightLanguage
{
    public static IReadOnlyList<string> All { get; } = ["ar", "en"];

    public static string? Parse(string? language) => All.Contains(language) ? language : null;
}
