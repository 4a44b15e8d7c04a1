using System.Text;
using Lucene.Net.Analysis;
using MassarDalil.Content.Markdown;
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

    public static string Html(Analyzer analyzer, string text, SearchMatches matches, bool rightToLeft) =>
        Html(AnalyzedText.Of(analyzer, text), matches, rightToLeft);

    public static string Html(AnalyzedText title, SearchMatches matches, bool rightToLeft) =>
        Mark(title.Text, title.Tokens.Where(t => matches.Matches(t.Term)).Select(t => (t.Start, t.End)).ToList(), rightToLeft);

    /// <summary>About <see cref="SnippetLength"/> characters of <paramref name="text"/> around its first match, highlighted.</summary>
    public static string Snippet(Analyzer analyzer, string text, SearchMatches matches, bool rightToLeft) =>
        Snippet(AnalyzedText.Of(analyzer, Spaces.Collapse(text)), matches, rightToLeft);

    /// <param name="answer">The answer with its spaces collapsed (<see cref="Spaces.Collapse"/>).</param>
    public static string Snippet(AnalyzedText answer, SearchMatches matches, bool rightToLeft)
    {
        var compact = answer.Text;
        var spans = MatchedUpTo(answer, matches);
        if (compact.Length <= SnippetLength)
        {
            return Mark(compact, spans, rightToLeft);
        }
        var start = spans.Count > 0 ? Math.Max(0, spans[0].Start - LeadIn) : 0;
        start = start == 0 ? 0 : WordStart(compact, start);
        var end = Math.Min(compact.Length, start + SnippetLength);
        end = end == compact.Length ? end : WordEnd(compact, end);
        var inside = spans.Where(s => s.Start >= start && s.End <= end).Select(s => (s.Start - start, s.End - start)).ToList();
        return (start > 0 ? "… " : "") + Mark(compact[start..end], inside, rightToLeft) + (end < compact.Length ? " …" : "");
    }

    /// <summary>
    /// The matches a snippet can show: the search stops past the window the first match opens. The window starts at
    /// or before that match and ends at the word end after start + <see cref="SnippetLength"/>, so nothing after
    /// the word end after match + <see cref="SnippetLength"/> is ever shown.
    /// </summary>
    private static List<(int Start, int End)> MatchedUpTo(AnalyzedText answer, SearchMatches matches)
    {
        var text = answer.Text;
        var spans = new List<(int Start, int End)>();
        var stopAt = int.MaxValue;
        foreach (var token in answer.Tokens)
        {
            if (token.Start >= stopAt)
            {
                break;
            }
            if (matches.Matches(token.Term))
            {
                if (spans.Count == 0)
                {
                    stopAt = WordEnd(text, Math.Min(text.Length, token.Start + SnippetLength));
                }
                spans.Add((token.Start, token.End));
            }
        }
        return spans;
    }

    /// <summary>
    /// Escapes the text, wraps the matches in &lt;mark&gt; and, in right-to-left text, each Latin run
    /// in &lt;bdi&gt; as the answers themselves are (a run that only partly overlaps a match is left as is).
    /// </summary>
    private static string Mark(string text, List<(int Start, int End)> marks, bool rightToLeft)
    {
        marks = Merged(marks);
        // Tags as events: at one position, closing tags come first, the longer span opens first and closes last.
        // Sorted in place and written from constant strings: the LINQ pipeline, interpolated tags and escaped
        // substrings it replaced were 6.5% of an Arabic search request's CPU in a profile, mostly allocation.
        var events = new List<TagEvent>((marks.Count * 2) + 4);
        foreach (var (start, end) in marks)
        {
            AddSpan(events, start, end, rank: 1);
        }
        if (rightToLeft)
        {
            foreach (var (start, end) in LatinRuns.Ranges(text))
            {
                if (marks.TrueForAll(m => m.End <= start || m.Start >= end || Nested(m, (start, end)) || Nested((start, end), m)))
                {
                    AddSpan(events, start, end, rank: 0);
                }
            }
        }
        events.Sort(static (a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Close != b.Close ? b.Close.CompareTo(a.Close) : a.Order.CompareTo(b.Order));
        var builder = new StringBuilder(text.Length + (events.Count * 6));
        var at = 0;
        foreach (var tag in events)
        {
            HtmlText.Append(builder, text.AsSpan(at, tag.At - at)).Append(tag.Html);
            at = tag.At;
        }
        return HtmlText.Append(builder, text.AsSpan(at)).ToString();
    }

    /// <param name="rank">1 for a mark, 0 for a Latin run's isolate: of two spans alike, the mark is the inner one.</param>
    private static void AddSpan(List<TagEvent> events, int start, int end, int rank)
    {
        var length = end - start;
        var mark = rank == 1;
        events.Add(new TagEvent(start, false, (-length * 2) - (1 - rank), mark ? "<mark>" : "<bdi>"));
        events.Add(new TagEvent(end, true, (length * 2) + (1 - rank), mark ? "</mark>" : "</bdi>"));
    }

    private readonly record struct TagEvent(int At, bool Close, int Order, string Html);

    /// <summary>
    /// Overlapping matches as one: a synonym group's term spans the words of the variant it was indexed for
    /// (<see cref="PhraseTermFilter"/>), which may be matches of their own: «كلمة المرور» is marked once, whole.
    /// </summary>
    private static List<(int Start, int End)> Merged(List<(int Start, int End)> marks)
    {
        if (marks.Count < 2)
        {
            return marks;
        }
        marks.Sort();
        var merged = new List<(int Start, int End)>(marks.Count) { marks[0] };
        foreach (var (start, end) in marks.Skip(1))
        {
            if (start < merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }
        return merged;
    }

    private static bool Nested((int Start, int End) inner, (int Start, int End) outer) => inner.Start >= outer.Start && inner.End <= outer.End;

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
