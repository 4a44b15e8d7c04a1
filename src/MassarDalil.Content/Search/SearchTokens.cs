using System.Buffers;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace MassarDalil.Content.Search;

/// <summary>A word as the index sees it, with where it stands in the original text.</summary>
internal readonly record struct SearchToken(string Term, int Start, int End);

internal static class SearchTokens
{
    public static List<SearchToken> Analyze(Analyzer analyzer, string text) => Stream(analyzer, text).ToList();

    /// <summary>The words one at a time, so a caller that has seen enough (a snippet's window) stops analysing.</summary>
    public static IEnumerable<SearchToken> Stream(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        try
        {
            while (stream.IncrementToken())
            {
                yield return new SearchToken(term.ToString(), offset.StartOffset, offset.EndOffset);
            }
        }
        finally
        {
            stream.End();
        }
    }

    public static string[] Terms(Analyzer analyzer, string text) => Analyze(analyzer, text).Select(t => t.Term).ToArray();

    /// <summary>Latin-script words get typo tolerance; Arabic words are left exact, where one letter changes the root.</summary>
    public static bool IsLatinWord(string term) =>
        term.Length >= 4 && IsLowerLatin(term) && term.Any(char.IsAsciiLetter);

    /// <summary>Only lower-case Latin letters and digits: a Latin word as the analyzers leave it.</summary>
    public static bool IsLowerLatin(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(LowerLatin);

    private static readonly SearchValues<char> LowerLatin = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>
    /// How many first letters a near miss keeps, as Lucene's spell checker does (<c>DirectSpellChecker.MinPrefix</c>):
    /// people rarely mistype a word's first letter, and changing it makes another word (fake, make, take).
    /// </summary>
    public const int NearMissPrefix = 1;

    /// <summary>Whether <paramref name="term"/> is a near miss of <paramref name="word"/>: the same first letter, one edit away.</summary>
    public static bool IsNearMiss(string word, string term) =>
        word.Length > 0 && term.Length > 0 && word[0] == term[0] && WithinOneEdit(word, term);

    /// <summary>True when one insertion, deletion, substitution or swap of neighbours turns one into the other (as Lucene's fuzzy query counts).</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }
        if (b.Length - a.Length > 1)
        {
            return false;
        }
        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }
        if (i == a.Length)
        {
            return true; // equal, or b has one letter more at the end
        }
        if (a.Length != b.Length)
        {
            return a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
        }
        return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
            || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
    }
}
