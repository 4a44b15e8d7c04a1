using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MassarDalil.Content.Markdown;

/// <summary>
/// In right-to-left text, wraps each run of Latin words ("moutamadris.men.gov.ma", "Caps Lock")
/// in <c>&lt;bdi&gt;</c>, so the browser does not reorder its dots and hyphens around Arabic.
/// Editors write plain Markdown and never have to think about it.
/// </summary>
internal static partial class BidiIsolation
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var code in document.Descendants<CodeInline>())
        {
            code.GetAttributes().AddPropertyIfNotExist("dir", "ltr");
        }
        // <https://...> autolinks carry their address as text without a literal to wrap.
        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            autolink.GetAttributes().AddPropertyIfNotExist("dir", "ltr");
        }
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            Isolate(literal);
        }
    }

    private static void Isolate(LiteralInline literal)
    {
        var text = literal.Content.ToString();
        var matches = LatinRun().Matches(text);
        if (matches.Count == 0)
        {
            return;
        }
        var parts = new List<Inline>();
        var position = 0;
        foreach (Match match in matches)
        {
            if (match.Index > position)
            {
                parts.Add(new LiteralInline(text[position..match.Index]));
            }
            parts.Add(new HtmlInline("<bdi>"));
            parts.Add(new LiteralInline(match.Value));
            parts.Add(new HtmlInline("</bdi>"));
            position = match.Index + match.Length;
        }
        if (position < text.Length)
        {
            parts.Add(new LiteralInline(text[position..]));
        }
        Inline current = literal;
        foreach (var part in parts)
        {
            current.InsertAfter(part);
            current = part;
        }
        literal.Remove();
    }

    // A Latin word (accented French letters included, and codes such as "2BAC" that start with
    // digits), then more such words joined by spaces, apostrophes or the punctuation of domains,
    // e-mail addresses and codes; it never ends on the punctuation that closes a sentence.
    // Leading digits belong to the run: left outside, "2" would be drawn after "BAC".
    private const string Letter = @"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F";

    [GeneratedRegex($@"[0-9]*[{Letter}][{Letter}0-9]*(?:[ .@:/_+\-×'’]+[{Letter}0-9]+)*")]
    private static partial Regex LatinRun();
}
