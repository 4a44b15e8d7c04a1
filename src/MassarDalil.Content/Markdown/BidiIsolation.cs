using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MassarDalil.Content.Text;

namespace MassarDalil.Content.Markdown;

/// <summary>
/// In right-to-left text, wraps each run of Latin words ("moutamadris.men.gov.ma", "Caps Lock")
/// in <c>&lt;bdi&gt;</c>, so the browser does not reorder its dots and hyphens around Arabic.
/// Editors write plain Markdown and never have to think about it.
/// </summary>
internal static class BidiIsolation
{
    public static void Apply(MarkdownDocument document)
    {
        // <https://...> autolinks carry their address as text without a literal to wrap.
        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            autolink.GetAttributes().AddPropertyIfNotExist("dir", "ltr");
        }
        foreach (var code in document.Descendants<CodeInline>())
        {
            code.GetAttributes().AddPropertyIfNotExist("dir", "ltr");
        }
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            Isolate(literal);
        }
    }

    private static void Isolate(LiteralInline literal)
    {
        var text = literal.Content.ToString();
        if (!LatinRuns.Any(text))
        {
            return;
        }
        var parts = new List<Inline>();
        foreach (var (piece, isLatin) in LatinRuns.Split(text))
        {
            if (isLatin)
            {
                parts.Add(new HtmlInline("<bdi>"));
                parts.Add(new LiteralInline(piece));
                parts.Add(new HtmlInline("</bdi>"));
            }
            else
            {
                parts.Add(new LiteralInline(piece));
            }
        }
        Inline current = literal;
        foreach (var part in parts)
        {
            current.InsertAfter(part);
            current = part;
        }
        literal.Remove();
    }
}
