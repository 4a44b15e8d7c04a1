using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MassarDalil.Content.Media;

namespace MassarDalil.Content.Markdown;

/// <summary>
/// Turns editors' Markdown into HTML that is safe to put in a page: raw HTML is shown as text,
/// links may only be http, https, mailto, tel or site-relative, and Latin runs inside
/// right-to-left text are isolated so domains and codes read correctly.
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>
    /// The one pipeline every reading of editors' Markdown goes through: rendering, the save check
    /// (<see cref="MarkdownCheck"/>), the look-alike link check and the seed reader. A check with another
    /// pipeline once passed nested <c>a.</c> lists that this one refuses to render.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseListExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    // The pipeline is static so that there is one in the process; the renderer stays a service callers are given.
    private const string InstanceApi = "A service injected where Markdown is rendered; its pipeline is shared by design.";

    /// <param name="media">The library images <c>![](media:HASH)</c> may show; without it they show as their bracket text.</param>
    /// <param name="language">The site whose alt text the images carry.</param>
    /// <exception cref="ArgumentException">Markdig's nesting limit: see <see cref="MarkdownCheck"/>.</exception>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = InstanceApi)]
    public string ToHtml(string markdown, bool rightToLeft, MediaCatalogue? media = null, string? language = null)
    {
        var document = SafeDocument(markdown, media ?? MediaCatalogue.Empty, language ?? "");
        if (rightToLeft)
        {
            BidiIsolation.Apply(document);
        }
        return Html(document);
    }

    /// <summary>The visible text of Markdown, for meta descriptions and JSON-LD.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = InstanceApi)]
    public string ToPlainText(string markdown) =>
        Markdig.Markdown.ToPlainText(markdown, Pipeline).Trim();

    /// <summary>
    /// Everything <see cref="ToHtml"/> and <see cref="ToPlainText"/> do, in both directions, with one parse:
    /// throws exactly when one of them would.
    /// </summary>
    internal static void RenderAllWays(string markdown)
    {
        var document = SafeDocument(markdown, MediaCatalogue.Empty, "");
        _ = Html(document);
        BidiIsolation.Apply(document);
        _ = Html(document);
        _ = Markdig.Markdown.ToPlainText(markdown, Pipeline);
    }

    /// <summary>
    /// A fresh renderer each time, not the pipeline's pooled one: a render that throws (an image inside links, too
    /// deep) leaves the pooled renderer half-switched, and every later page came out as plain text without tags.
    /// </summary>
    private static string Html(MarkdownDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The parsed document with every link checked against <see cref="LinkPolicy"/>.</summary>
    private static MarkdownDocument SafeDocument(string markdown, MediaCatalogue media, string language)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } image when MediaReferences.HashOf(image.Url) is { } hash:
                    ShowMedia(image, media.Find(hash), language);
                    break;
                case LinkInline link:
                    SecureLink(link);
                    break;
                case AutolinkInline autolink when !LinkPolicy.IsAllowed(autolink.Url):
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
                case AutolinkInline autolink when LinkPolicy.IsExternal(autolink.Url):
                    autolink.GetAttributes().AddPropertyIfNotExist("rel", LinkPolicy.ExternalRel);
                    break;
            }
        }
        return document;
    }

    /// <summary>
    /// A library image becomes its responsive tag (built here, so raw HTML stays off for editors); one the library does
    /// not have (deleted after an old revision named it) shows its bracket text, never a broken image.
    /// </summary>
    private static void ShowMedia(LinkInline image, MediaImage? found, string language)
    {
        var words = string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
        if (found is null)
        {
            image.ReplaceBy(new LiteralInline(words));
            return;
        }
        var alt = words.Length > 0 ? words : found.Alt.GetValueOrDefault(language) ?? found.Alt.Values.FirstOrDefault() ?? "";
        image.ReplaceBy(new HtmlInline(MediaImageHtml.Tag(found, alt)));
    }

    private static void SecureLink(LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
        // Images would load from anywhere; only site-relative ones are kept.
        var allowed = link.IsImage ? LinkPolicy.IsRelative(url) : LinkPolicy.IsAllowed(url);
        if (!allowed)
        {
            // A link keeps its words (and their emphasis) without the link; an image becomes its alt text.
            var text = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            var keepChildren = !link.IsImage && link.FirstChild is not null;
            link.ReplaceBy(new LiteralInline(keepChildren ? "" : text.Length > 0 ? text : url), copyChildren: keepChildren);
            return;
        }
        if (LinkPolicy.IsExternal(url))
        {
            link.GetAttributes().AddPropertyIfNotExist("rel", LinkPolicy.ExternalRel);
        }
    }
}
