using System.Globalization;

namespace MassarDalil.Content.Text;

/// <summary>
/// The one way text is cut to fit a column or a line: to at most a number of UTF-16 units (what <c>string.Length</c>
/// and a column's <c>HasMaxLength</c> count), never through a character. A cut through a surrogate pair leaves half an
/// emoji, which Npgsql's strict UTF-8 encoder refuses (the whole save fails) and SQLite stores as U+FFFD; a cut
/// through a text element (a letter and its combining marks, an emoji sequence, a flag) leaves another character
/// than the one typed.
/// </summary>
public static class TextCut
{
    /// <summary>
    /// <paramref name="text"/> itself when it fits in <paramref name="maxLength"/> units; otherwise its longest start
    /// of whole text elements that fits with <paramref name="ellipsis"/> after it.
    /// </summary>
    /// <param name="ellipsis">Put after a cut, within <paramref name="maxLength"/>; nothing when null.</param>
    /// <exception cref="ArgumentException">The ellipsis alone is longer than <paramref name="maxLength"/>: a caller's mistake.</exception>
    public static string ToLength(string text, int maxLength, string? ellipsis = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        ellipsis ??= "";
        if (ellipsis.Length > maxLength)
        {
            throw new ArgumentException($"The ellipsis has {ellipsis.Length} units, more than the {maxLength} allowed.", nameof(ellipsis));
        }
        // Nearly every text fits: no scan, no copy.
        if (text.Length <= maxLength)
        {
            return text;
        }
        var end = WholeElementsWithin(text, maxLength - ellipsis.Length);
        return string.Concat(text.AsSpan(0, end), ellipsis);
    }

    /// <summary>How many units of <paramref name="text"/> (longer than <paramref name="room"/>) make its longest start that fits.</summary>
    private static int WholeElementsWithin(ReadOnlySpan<char> text, int room)
    {
        // Forward from the start: where a text element ends cannot be told by looking back from the cut (a flag is
        // two regional indicators, and which pairs go together depends on how many come before).
        var end = 0;
        while (end < room)
        {
            var next = StringInfo.GetNextTextElementLength(text[end..]);
            if (end + next > room)
            {
                break;
            }
            end += next;
        }
        if (end > 0 || room == 0)
        {
            return end;
        }
        // Not even the first element fits (a letter under hundreds of marks): keep what fits of it, but never half a
        // surrogate pair, rather than nothing at all.
        return char.IsHighSurrogate(text[room - 1]) ? room - 1 : room;
    }
}
