namespace MassarDalil.Content.Markdown;

/// <summary>Why Markdown cannot be shown on the site.</summary>
public enum MarkdownProblem
{
    /// <summary>Lists, quotes, emphasis or links inside each other beyond Markdig's limit (64 list or 128 quote levels, say).</summary>
    TooDeeplyNested,

    /// <summary>The renderer failed for another reason.</summary>
    RendererFailed,
}

/// <summary>
/// The check every editor's text passes before it is stored (manager, live preview, seed import and
/// <c>validate</c>): render it exactly as the published site will, with <see cref="MarkdownRenderer.Pipeline"/>,
/// in both directions and as plain text. So anything accepted here renders there.
/// </summary>
public static class MarkdownCheck
{
    /// <summary>Null when <paramref name="markdown"/> renders; otherwise why not.</summary>
    public static MarkdownProblem? Find(string markdown)
    {
        try
        {
            MarkdownRenderer.RenderAllWays(markdown);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Classify(e);
        }
    }

    /// <summary>Markdig says "Markdown elements in the input are too deeply nested" with an ArgumentException.</summary>
    public static MarkdownProblem Classify(Exception e) =>
        e is ArgumentException && e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase)
            ? MarkdownProblem.TooDeeplyNested
            : MarkdownProblem.RendererFailed;
}
