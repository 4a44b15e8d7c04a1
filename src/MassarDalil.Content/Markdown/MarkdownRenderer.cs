using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MassarDalil.Content.Markdown;

/// <summary>
/// Turns editors' Markdown into HTML that is safe to put in a page: raw HTML is shown as text,
/// links may only be http, https, mailto, tel or site-relative, and Latin runs inside
/// right-to-left text are isolated so domains and codes read correctly.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseListExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    public string ToHtml(string markdown, bool rightToLeft)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            switch (inline)
            {
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
        if (rightToLeft)
        {
            BidiIsolation.Apply(document);
        }
        return document.ToHtml(_pipeline);
    }

    /// <summary>The visible text of Markdown, for meta descriptions and JSON-LD.</summary>
    public string ToPlainText(string markdown) =>
        Markdig.Markdown.ToPlainText(markdown, _pipeline).Trim();

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
