namespace MassarDalil.Content.Markdown;

/// <summary>
/// The words a visitor reads in one paragraph, heading, table cell or code block, outside links
/// (<see cref="MarkdownReading.Texts"/>), and where that block stands in the Markdown: [<paramref name="Start"/>,
/// <paramref name="End"/>) of the source, so a host name found in the words can be placed at its own line.
/// </summary>
public sealed record MarkdownText(string Text, int Start, int End)
{
    /// <summary>
    /// The line and column (from 0) of the <paramref name="occurrence"/>-th (from 0) place <paramref name="written"/>
    /// stands in this block of <paramref name="source"/>, compared without case; the block's own start when it is not
    /// written there as one run (a name split by emphasis, <c>rn*assar*.ma</c>), since the words joined what the
    /// source splits.
    /// </summary>
    public (int Line, int Column) Find(string source, string written, int occurrence)
    {
        var (start, end) = (Math.Min(Start, source.Length), Math.Min(End, source.Length));
        var at = -1;
        for (var from = start; occurrence >= 0 && from <= end; occurrence--, from = at + 1)
        {
            at = written.Length == 0 ? -1 : source.IndexOf(written, from, end - from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return Position(source, start);
            }
        }
        return Position(source, at);
    }

    private static (int Line, int Column) Position(string source, int offset)
    {
        var lineStart = offset == 0 ? 0 : source.LastIndexOf('\n', offset - 1) + 1;
        return (source.AsSpan(0, offset).Count('\n'), offset - lineStart);
    }
}
