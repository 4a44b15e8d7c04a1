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
        var document = Parse(markdown);
        MakeSafe(document, media ?? MediaCatalogue.Empty, language ?? "");
        return Directed(document, rightToLeft);
    }

    /// <summary>
    /// <see cref="ToHtml"/> and the visible text (for search, meta descriptions and JSON-LD) of one text from one parse:
    /// a snapshot needs both of every answer, and some Markdown takes time that grows with the square of its length to parse.
    /// </summary>
    /// <exception cref="ArgumentException">Markdig's nesting limit: see <see cref="MarkdownCheck"/>.</exception>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = InstanceApi)]
    public RenderedMarkdown Render(string markdown, bool rightToLeft, MediaCatalogue? media = null, string? language = null)
    {
        var document = Parse(markdown);
        // The text first: making the links safe and isolating Latin runs change the document.
        var text = PlainText(document);
        var links = MakeSafe(document, media ?? MediaCatalogue.Empty, language ?? "");
        return new RenderedMarkdown(Directed(document, rightToLeft), text) { ShowsLibraryImages = links.Any(l => l.IsMedia) };
    }

    /// <summary>
    /// Everything <see cref="Render"/> does, in both directions, from one parse, for the
    /// save check: throws exactly when one of them would. Otherwise what the check's other rules read, taken before
    /// rendering changed the document: every link as written, and how the text would stand between an FAQ's headings.
    /// </summary>
    /// <param name="media">The library images the HTML shows (the live preview's); the check itself needs none.</param>
    internal static MarkdownReading RenderAllWays(string markdown, MediaCatalogue media, string language)
    {
        var document = Parse(markdown);
        var faqProblem = FaqMarkdown.Find(document, markdown);
        var texts = TextsOutsideLinks(document);
        _ = PlainText(document);
        var links = MakeSafe(document, media, language);
        var leftToRight = Html(document);
        BidiIsolation.Apply(document);
        return new MarkdownReading(null, links, faqProblem) { Texts = texts, Source = markdown, LeftToRight = leftToRight, RightToLeft = Html(document) };
    }

    /// <summary>The one way editors' Markdown is parsed: with <see cref="Pipeline"/>.</summary>
    /// <exception cref="ArgumentException">Markdig's nesting limit: see <see cref="MarkdownCheck"/>.</exception>
    internal static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>The HTML of a document already made safe, Latin runs isolated when it reads right to left.</summary>
    private static string Directed(MarkdownDocument document, bool rightToLeft)
    {
        if (rightToLeft)
        {
            BidiIsolation.Apply(document);
        }
        return Html(document);
    }

    /// <summary>
    /// A fresh renderer each time, not the pipeline's pooled one: a render that throws (an image inside links, too
    /// deep) leaves the pooled renderer half-switched, and every later page came out as plain text without tags.
    /// </summary>
    private static string Html(MarkdownDocument document) => Render(document, plainText: false);

    /// <summary>Markdig's own plain text (<c>Markdown.ToPlainText</c>) of a document already parsed, trimmed.</summary>
    private static string PlainText(MarkdownDocument document) => Render(document, plainText: true).Trim();

    private static string Render(MarkdownDocument document, bool plainText)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        if (plainText)
        {
            renderer.EnableHtmlForBlock = false;
            renderer.EnableHtmlForInline = false;
            renderer.EnableHtmlEscape = false;
        }
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Every link, image and autolink of <paramref name="markdown"/>, its target as <see cref="ToHtml"/> reads it, in the order written.</summary>
    /// <remarks>Parses with the pipeline: check <see cref="MarkdownCheck"/> first, as text nested too deeply throws here too.</remarks>
    public static IReadOnlyList<MarkdownLink> Links(string markdown) => [.. Targets(Parse(markdown)).Select(t => t.Link)];

    /// <summary>
    /// Whether the page would show <paramref name="link"/> as plain text (<see cref="LinkPolicy.MayShow"/>): the save
    /// check refuses it, so a link never vanishes silently after "saved". Library images (<c>media:</c>) are the
    /// media library's to check.
    /// </summary>
    public static bool IsDropped(MarkdownLink link) => !link.IsMedia && !LinkPolicy.MayShow(link.Url, link.IsImage);

    /// <summary>
    /// Checks every link of the document against <see cref="LinkPolicy"/> (and builds library images) in place; returns
    /// them all, their targets as written, in the order written.
    /// </summary>
    private static List<MarkdownLink> MakeSafe(MarkdownDocument document, MediaCatalogue media, string language)
    {
        var targets = Targets(document);
        foreach (var (inline, link) in targets)
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
        return [.. targets.Select(t => t.Link)];
    }

    /// <summary>Every link, image and autolink of the document with its target, taken before any is replaced.</summary>
    private static List<Target> Targets(MarkdownDocument document) =>
        [.. document.Descendants<Inline>().Select(inline => inline switch
        {
            LinkInline link => new Target(inline, new MarkdownLink(link.GetDynamicUrl?.Invoke() ?? link.Url ?? "", link.IsImage)
            {
                Words = link.IsImage || link.IsAutoLink ? "" : Words(link), Line = link.Line, Column = link.Column,
            }),
            AutolinkInline autolink => new Target(inline, new MarkdownLink(autolink.Url, IsImage: false) { Line = autolink.Line, Column = autolink.Column }),
            _ => null,
        }).OfType<Target>()];

    private sealed record Target(Inline Inline, MarkdownLink Link);

    /// <summary>The characters a link shows in place of its address.</summary>
    private static string Words(LinkInline link) => Shown(link.Descendants<Inline>());

    /// <summary>
    /// The text a visitor reads outside links and images, one entry a paragraph, heading, table cell or code block: a
    /// host name there is one a visitor may type into a browser (UseAutoLinks links only <c>www.</c> and <c>http://</c>
    /// forms). A link stands as a space; its words are <see cref="LinkWords"/>' to read and its address <see cref="OfficialLinks"/>'.
    /// </summary>
    private static List<MarkdownText> TextsOutsideLinks(MarkdownDocument document) =>
        [.. document.Descendants<LeafBlock>().Select(block => new MarkdownText(block switch
        {
            CodeBlock code => code.Lines.ToString(),
            { Inline: { } inlines } => Shown(OutsideLinks(inlines)),
            _ => "",
        }, block.Span.Start, block.Span.End + 1)).Where(text => text.Text.Length > 0)];

    /// <summary>The inlines of <paramref name="container"/> and those inside them, in the order written, each link and image as <see cref="Apart"/>.</summary>
    private static IEnumerable<Inline> OutsideLinks(ContainerInline container)
    {
        foreach (var inline in container)
        {
            if (inline is LinkInline or AutolinkInline)
            {
                yield return Apart;
                continue;
            }
            yield return inline;
            if (inline is ContainerInline inner)
            {
                foreach (var inside in OutsideLinks(inner))
                {
                    yield return inside;
                }
            }
        }
    }

    /// <summary>Read as a space by <see cref="Shown"/>: what stands between two runs of text that are not one word.</summary>
    private static readonly LineBreakInline Apart = new();

    /// <summary>The characters these inlines show, emphasis, code and character references read as shown.</summary>
    private static string Shown(IEnumerable<Inline> inlines) =>
        string.Concat(inlines.Select(inline => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            HtmlEntityInline entity => entity.Transcoded.ToString(),
            LineBreakInline => " ",
            _ => "",
        }));

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

/// <summary>A text's HTML and plain text, from one parse (<see cref="MarkdownRenderer.Render"/>).</summary>
public sealed record RenderedMarkdown(string Html, string Text)
{
    /// <summary>Whether it shows an image of the media library, whose tag depends on the library as well as the text.</summary>
    public bool ShowsLibraryImages { get; init; }
}

/// <summary>A link, image or autolink of a text: its target as written, and whether it is an image.</summary>
public sealed record MarkdownLink(string Url, bool IsImage)
{
    /// <summary>What a link shows in place of its address (<c>[these words](…)</c>); empty for an image or an autolink, which shows its address.</summary>
    public string Words { get; init; } = "";

    /// <summary>The line of the text it starts on, from 0 (Markdig's count).</summary>
    public int Line { get; init; }

    /// <summary>The column of that line it starts on, from 0.</summary>
    public int Column { get; init; }

    /// <summary>An image of the media library (<c>media:</c>), which the renderer builds itself.</summary>
    public bool IsMedia => IsImage && MediaReferences.HashOf(Url) is not null;
}
