using System.Text.RegularExpressions;
using Markdig.Syntax;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Import;

/// <summary>
/// HTML written into a seed page's Markdown. The site never renders it (editors' Markdown has HTML off, so no tag or
/// script link reaches a page), and a visitor reads the tags as text, in the answer and in the descriptions made from
/// it. A warning at its line: the import stores what was written, as the manager does, whose preview shows the same text.
/// </summary>
internal static partial class SeedRawHtml
{
    /// <param name="lines">The file's lines.</param>
    /// <param name="bodyStart">The first line after the front matter (<see cref="FrontMatter.BodyStartIndex"/>).</param>
    public static void Check(string file, string[] lines, int bodyStart, List<Problem> warnings)
    {
        var body = string.Join('\n', lines[bodyStart..]);
        // Code shows its text as written, tags included: the site's own pipeline says where code is.
        var document = Markdig.Markdown.Parse(body, MarkdownRenderer.Pipeline);
        var code = new HashSet<int>();
        foreach (var block in document.Descendants<CodeBlock>())
        {
            code.UnionWith(Enumerable.Range(block.Line, LineOf(body, block.Span.End) - block.Line + 1));
        }
        for (var i = 0; bodyStart + i < lines.Length; i++)
        {
            if (!code.Contains(i) && Tag().Match(CodeSpan().Replace(lines[bodyStart + i], "")) is { Success: true } tag)
            {
                warnings.Add(Problem.At(file, bodyStart + i + 1, ProblemCode.RawHtmlShownAsText, tag.Value));
            }
        }
    }

    private static int LineOf(string text, int offset) => text.AsSpan(0, Math.Clamp(offset, 0, text.Length)).Count('\n');

    // Elements people paste from a web page or an e-mail, and comments: not any word in angle brackets, since a help
    // text writes keys that way ("press <Enter>").
    [GeneratedRegex(@"<!--|</?(?:script|style|iframe|img|a|b|i|u|s|p|div|span|br|hr|strong|em|mark|kbd|small|sup|sub|font|center|table|thead|tbody|tr|td|th|ul|ol|li|dl|dt|dd|h[1-6]|form|input|button|select|textarea|label|svg|object|embed|link|meta|video|audio|source|picture|code|pre|blockquote|details|summary)(?:\s[^<>]*)?/?>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex("(`+)[^`]*?\\1")]
    private static partial Regex CodeSpan();
}
