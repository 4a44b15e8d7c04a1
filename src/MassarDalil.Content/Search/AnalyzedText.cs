using Lucene.Net.Analysis;

namespace MassarDalil.Content.Search;

/// <summary>
/// A text a result shows (a title, or an answer with its spaces collapsed) with its words as the index sees them,
/// analysed once when the index is built. Highlighting then only compares words: it analysed every shown answer
/// on every search, through Lucene's culture-aware lower-casing (ICU for every Arabic letter), which was the larger
/// half of an Arabic search.
/// </summary>
internal sealed class AnalyzedText
{
    private AnalyzedText(string text, SearchToken[] tokens)
    {
        Text = text;
        Tokens = tokens;
    }

    public string Text { get; }

    public IReadOnlyList<SearchToken> Tokens { get; }

    /// <param name="terms">Shared by the texts of one index, so each distinct word is held once.</param>
    public static AnalyzedText Of(Analyzer analyzer, string text, Dictionary<string, string>? terms = null)
    {
        var tokens = SearchTokens.Analyze(analyzer, text);
        if (terms is not null)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var term = tokens[i].Term;
                if (!terms.TryGetValue(term, out var shared))
                {
                    terms[term] = shared = term;
                }
                tokens[i] = tokens[i] with { Term = shared };
            }
        }
        return new AnalyzedText(text, [.. tokens]);
    }
}
