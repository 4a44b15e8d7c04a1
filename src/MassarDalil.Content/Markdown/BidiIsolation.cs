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

    /// <summary>Where the Latin runs of plain text are, for callers that build their own HTML (search results).</summary>
    public static IEnumerable<(int Start, int End)> LatinRuns(string text) =>
        LatinRun().Matches(text).Select(m => (m.Index, m.Index + m.Length));

    // A Latin word, then more Latin words joined by spaces or by the punctuation of domains,
    // e-mail addresses and codes; it never ends on the punctuation that closes a sentence.
    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]*(?:[ .@:/_+\-×]+[A-Za-z0-9]+)*")]
    private static partial Regex LatinRun();
}
