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

    /// <summary>
    /// Every link, image and autolink of <paramref name="markdown"/>, its target as <see cref="ToHtml"/> reads it, in
    /// the order written: the one parse the save checks share (<see cref="Dropped"/>, <see cref="OfficialLinks.LookAlikes(IEnumerable{MarkdownLink})"/>).
    /// </summary>
    /// <remarks>Parses with the pipeline: check <see cref="MarkdownCheck"/> first, as text nested too deeply throws here too.</remarks>
    public static IReadOnlyList<MarkdownLink> Links(string markdown) =>
        [.. Targets(Markdig.Markdown.Parse(markdown, Pipeline)).Select(t => t.Link)];

    /// <summary>
    /// Of <paramref name="links"/>, those the page would show as plain text (<see cref="LinkPolicy.MayShow"/>): the save
    /// check refuses them, so a link never vanishes silently after "saved". Library images (<c>media:</c>) are the
    /// media library's to check.
    /// </summary>
    public static IEnumerable<MarkdownLink> Dropped(IEnumerable<MarkdownLink> links) =>
        links.Where(link => !link.IsMedia && !LinkPolicy.MayShow(link.Url, link.IsImage));

    /// <summary>The parsed document with every link checked against <see cref="LinkPolicy"/>.</summary>
    private static MarkdownDocument SafeDocument(string markdown, MediaCatalogue media, string language)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var (inline, link) in Targets(document))
        {
            if (link.IsMedia)
            {
                ShowMedia((LinkInline)inline, media.Find(MediaReferences.HashOf(link.Url)!), language);
            }
            else if (!LinkPolicy.MayShow(link.Url, link.IsImage))
            {
                Drop(inline, link.Url);
            }
            else if (LinkPolicy.IsExternal(link.Url))
            {
                inline.GetAttributes().AddPropertyIfNotExist("rel", LinkPolicy.ExternalRel);
            }
        }
        return document;
    }

    /// <summary>Every link, image and autolink of the document with its target, taken before any is replaced.</summary>
    private static List<Target> Targets(MarkdownDocument document) =>
        [.. document.Descendants<Inline>().Select(inline => inline switch
        {
            LinkInline link => new Target(inline, new MarkdownLink(link.GetDynamicUrl?.Invoke() ?? link.Url ?? "", link.IsImage)),
            AutolinkInline autolink => new Target(inline, new MarkdownLink(autolink.Url, IsImage: false)),
            _ => null,
        }).OfType<Target>()];

    private sealed record Target(Inline Inline, MarkdownLink Link);

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

    /// <summary>A link keeps its words (and their emphasis) without the link; an image becomes its alt text; an autolink its address.</summary>
    private static void Drop(Inline inline, string url)
    {
        if (inline is not LinkInline link)
        {
            inline.ReplaceBy(new LiteralInline(url));
            return;
        }
        var text = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        var keepChildren = !link.IsImage && link.FirstChild is not null;
        link.ReplaceBy(new LiteralInline(keepChildren ? "" : text.Length > 0 ? text : url), copyChildren: keepChildren);
    }
}

/// <summary>A link, image or autolink of a text: its target as written, and whether it is an image.</summary>
public sealed record MarkdownLink(string Url, bool IsImage)
{
    /// <summary>An image of the media library (<c>media:</c>), which the renderer builds itself.</summary>
    public bool IsMedia => IsImage && MediaReferences.HashOf(Url) is not null;
}
