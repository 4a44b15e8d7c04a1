using System.Text;
using Lucene.Net.Analysis;
using MassarDalil.Content.Text;

namespace MassarDalil.Content.Search;

/// <summary>
/// Marks the matched words of a result. Everything is HTML-escaped first and only then are the
/// matches wrapped in &lt;mark&gt;, so editors' text can never become markup.
/// </summary>
internal static class SearchHighlighter
{
    public const int SnippetLength = 200;
    private const int LeadIn = 60;

    public static string Html(Analyzer analyzer, string text, SearchMatches matches) =>
        Mark(text, Matched(analyzer, text, matches));

    /// <summary>About <see cref="SnippetLength"/> characters of <paramref name="text"/> around its first match, highlighted.</summary>
    public static string Snippet(Analyzer analyzer, string text, SearchMatches matches)
    {
        var compact = CollapseSpaces(text);
        var spans = Matched(analyzer, compact, matches);
        if (compact.Length <= SnippetLength)
        {
            return Mark(compact, spans);
        }
        var start = spans.Count > 0 ? Math.Max(0, spans[0].Start - LeadIn) : 0;
        start = start == 0 ? 0 : WordStart(compact, start);
        var end = Math.Min(compact.Length, start + SnippetLength);
        end = end == compact.Length ? end : WordEnd(compact, end);
        var inside = spans.Where(s => s.Start >= start && s.End <= end).Select(s => (s.Start - start, s.End - start)).ToList();
        return (start > 0 ? "… " : "") + Mark(compact[start..end], inside) + (end < compact.Length ? " …" : "");
    }

    private static List<(int Start, int End)> Matched(Analyzer analyzer, string text, SearchMatches matches) =>
        SearchTokens.Analyze(analyzer, text).Where(t => matches.Matches(t.Term)).Select(t => (t.Start, t.End)).ToList();

    private static string Mark(string text, IReadOnlyList<(int Start, int End)> spans)
    {
        var builder = new StringBuilder(text.Length + spans.Count * 13);
        var at = 0;
        foreach (var (start, end) in spans)
        {
            if (start < at)
            {
                continue;
            }
            builder.Append(HtmlText.Escape(text[at..start])).Append("<mark>").Append(HtmlText.Escape(text[start..end])).Append("</mark>");
            at = end;
        }
        return builder.Append(HtmlText.Escape(text[at..])).ToString();
    }

    private static string CollapseSpaces(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int WordStart(string text, int at)
    {
        var space = text.LastIndexOf(' ', at);
        return space < 0 ? 0 : space + 1;
    }

    private static int WordEnd(string text, int at)
    {
        var space = text.IndexOf(' ', at);
        return space < 0 ? text.Length : space;
    }
}
