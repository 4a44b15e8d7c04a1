using MassarDalil.Content.Media;

namespace MassarDalil.Content.Markdown;

/// <summary>Why Markdown cannot be shown on the site.</summary>
public enum MarkdownProblem
{
    /// <summary>Lists, quotes, emphasis or links inside each other beyond Markdig's limit (64 list or 128 quote levels, say).</summary>
    TooDeeplyNested,

    /// <summary>The renderer failed for another reason.</summary>
    RendererFailed,
}

/// <summary>What the save check read of a text: why it cannot render, or its links and its standing in an FAQ.</summary>
/// <param name="Problem">Null when the text renders; then the other two are read.</param>
/// <param name="Links">Every link, image and autolink, its target as written, in the order written.</param>
/// <param name="FaqProblem">Why the text could not stand between an FAQ's headings (<see cref="FaqMarkdown"/>), if so.</param>
public sealed record MarkdownReading(MarkdownProblem? Problem, IReadOnlyList<MarkdownLink> Links, FaqMarkdownProblem? FaqProblem)
{
    /// <summary>
    /// The text a visitor reads outside links and images (code spans and code blocks included), one entry a paragraph,
    /// heading, table cell or code block, as written: where <see cref="OfficialLinks.LookAlikesInText"/> looks for host names.
    /// </summary>
    public IReadOnlyList<MarkdownText> Texts { get; init; } = [];

    /// <summary>The Markdown read, so a problem found in <see cref="Texts"/> can be placed at its line (<see cref="MarkdownText.Find"/>).</summary>
    public string Source { get; init; } = "";

    /// <summary>The HTML the site shows of a text that renders, read left to right (empty when it does not render).</summary>
    public string LeftToRight { get; init; } = "";

    /// <summary>The same read right to left, Latin runs isolated.</summary>
    public string RightToLeft { get; init; } = "";

    public string Html(bool rightToLeft) => rightToLeft ? RightToLeft : LeftToRight;
}

/// <summary>
/// The check every editor's text passes before it is stored (manager, live preview, seed import and
/// <c>validate</c>): render it exactly as the published site will, with <see cref="MarkdownRenderer.Pipeline"/>,
/// in both directions and as plain text. So anything accepted here renders there.
/// </summary>
public static class MarkdownCheck
{
    /// <summary>Null when <paramref name="markdown"/> renders; otherwise why not.</summary>
    public static MarkdownProblem? Find(string markdown) => Read(markdown).Problem;

    /// <summary>
    /// The check and what the save's other Markdown rules read (links, FAQ headings), from one parse: some Markdown
    /// takes time that grows with the square of its length to parse, and a save once parsed each answer four times.
    /// </summary>
    /// <param name="media">The library images the reading's HTML shows, as <see cref="MarkdownRenderer.ToHtml"/> takes them (the live preview's).</param>
    /// <param name="language">The site whose alt text those images carry.</param>
    public static MarkdownReading Read(string markdown, MediaCatalogue? media = null, string? language = null)
    {
        try
        {
            return MarkdownRenderer.RenderAllWays(markdown, media ?? MediaCatalogue.Empty, language ?? "");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new MarkdownReading(Classify(e), [], null);
        }
    }

    /// <summary>Markdig says "Markdown elements in the input are too deeply nested" with an ArgumentException.</summary>
    public static MarkdownProblem Classify(Exception e) =>
        e is ArgumentException && e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase)
            ? MarkdownProblem.TooDeeplyNested
            : MarkdownProblem.RendererFailed;
}
