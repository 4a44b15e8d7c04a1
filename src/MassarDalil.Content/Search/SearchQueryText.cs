using System.Text;
using MassarDalil.Content.Text;

namespace MassarDalil.Content.Search;

/// <summary>Why a query was not run; each has a message in the visitor's language on the web side.</summary>
public enum SearchProblem
{
    None,
    Empty,
    TooLong,
    NoWords,

    /// <summary>The language has no index yet: it could not be built (the log and the dashboard say why).</summary>
    Unavailable,
}

/// <summary>Rules for what a visitor types, before it reaches the index.</summary>
public static class SearchQueryText
{
    public const int MaxLength = 200;

    /// <summary>Only this many words of a query are used; the rest would only slow the search.</summary>
    public const int MaxWords = 12;

    public static SearchProblem Check(string? text) => text?.Trim() switch
    {
        null or "" => SearchProblem.Empty,
        { Length: > MaxLength } => SearchProblem.TooLong,
        var t when !t.Any(char.IsLetterOrDigit) => SearchProblem.NoWords,
        _ => SearchProblem.None,
    };

    /// <summary>
    /// The form in which a query is counted when it finds nothing: lower case, Arabic folded,
    /// spaces collapsed, so "Massar  NFC" and "massar nfc" count as one.
    /// </summary>
    public static string Normalize(string text)
    {
        var folded = ArabicText.Normalize(text.Trim().ToLowerInvariant());
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
                continue;
            }
            builder.Append(c);
        }
        // Folding can lengthen a query that passed Check (NFC spells some letters out in several units): the column
        // keeps MaxLength.
        return TextCut.ToLength(builder.ToString().TrimEnd(), MaxLength);
    }
}
