namespace MassarDalil.Content.Pages;

/// <summary>The page types the engine knows. Stored as their lower-case names.</summary>
public static class PageType
{
    public const string Home = "home";
    public const string Faq = "faq";
    public const string Guide = "guide";
    public const string Tool = "tool";

    public static IReadOnlyList<string> All { get; } = [Home, Faq, Guide, Tool];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type);
}
