using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using MassarDalil.Content.Text;

namespace MassarDalil.Content.Search;

/// <summary>
/// One analyzer per language, used both to index and to read queries so the two always agree.
/// Arabic: the site's folding, Lucene's Arabic normalisation and light stemmer (كلمة المرور → كلم مرور).
/// English: possessives, stop words and the Porter stemmer (passwords → password). Both fold
/// Arabic-Indic digits and lower-case Latin words, since each language quotes the other's words.
/// Words given as <c>keepWhole</c> (the synonym terms) are not stemmed: the light stemmer reads the
/// app name وليي as و + لي ("and to me"), which would match every لي in the text.
/// </summary>
public static class SearchAnalyzers
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer For(string language, IEnumerable<string>? keepWhole = null)
    {
        var keywords = new CharArraySet(Version, (keepWhole ?? []).Select(w => ArabicText.Normalize(w.ToLowerInvariant())).ToList(), ignoreCase: true);
        return language == "ar" ? new ArabicSearchAnalyzer(keywords) : new EnglishSearchAnalyzer(keywords);
    }

    private sealed class ArabicSearchAnalyzer(CharArraySet keywords) : Analyzer
    {
        // The stop words are folded like the text, since folding runs before the stop filter.
        private static readonly CharArraySet StopWords = new(Version,
            ArabicAnalyzer.DefaultStopSet.Select(w => ArabicText.Normalize(w.ToString()!)).ToList(), ignoreCase: false);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            stream = new ArabicTextFilter(stream);
            stream = new StopFilter(Version, stream, StopWords);
            stream = new ArabicNormalizationFilter(stream);
            stream = new SetKeywordMarkerFilter(stream, keywords);
            stream = new ArabicStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        // Between the values of one field (a question's search terms): no phrase runs from one into the next.
        public override int GetPositionIncrementGap(string fieldName) => 100;
    }

    private sealed class EnglishSearchAnalyzer(CharArraySet keywords) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, source);
            stream = new LowerCaseFilter(Version, stream);
            stream = new ArabicTextFilter(stream);
            stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
            stream = new SetKeywordMarkerFilter(stream, keywords);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        // Between the values of one field (a question's search terms): no phrase runs from one into the next.
        public override int GetPositionIncrementGap(string fieldName) => 100;
    }
}
