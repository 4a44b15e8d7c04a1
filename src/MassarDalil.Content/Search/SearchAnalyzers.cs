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
/// Arabic-Indic digits and lower-case Latin words, since each language quotes the other's words, and both read
/// French as visitors type it: accents folded (oublié = oublie), elisions dropped (d'activation → activation).
/// Words given as <c>keepWhole</c> (the synonym terms) are not stemmed: the light stemmer reads the
/// app name وليي as و + لي ("and to me"), which would match every لي in the text.
/// Last, the <see cref="SearchLexicon"/> reads every variant of a group as the group's one form.
/// </summary>
public static class SearchAnalyzers
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // French and Darija function words people put around the words that matter ("moyenne ne s'affiche pas",
    // "النقط ديالي"). Only words that carry no meaning of their own in either site's content.
    private static readonly string[] FunctionWords =
    [
        "de", "du", "des", "le", "la", "les", "un", "une", "ne", "pas", "mon", "ma", "mes", "je", "est", "et", "au", "aux",
        "sur", "pour", "par", "dans", "que", "qui", "se", "il", "elle",
        "dyal", "dyali", "dial", "diali", "wach", "ana", "fi", "kifach", "kifash", "fin", "had", "hadi",
        "كيفاش", "فين", "ديال", "ديالي", "ديالك", "ديالو", "ديالها", "واش", "هاد", "هادي", "راه", "لي", "اللي", "باش", "شي",
    ];

    // French elisions: l'orientation, d'activation, n'apparaissent, s'affiche, qu'il.
    private static readonly CharArraySet Elisions = new(Version, ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"], ignoreCase: true);

    internal static Analyzer For(string language, IEnumerable<string>? keepWhole = null, SearchLexicon? lexicon = null)
    {
        var keywords = new CharArraySet(Version, (keepWhole ?? []).Select(w => ArabicText.Normalize(w.ToLowerInvariant())).ToList(), ignoreCase: true);
        return language == "ar"
            ? new ArabicSearchAnalyzer(keywords, lexicon ?? SearchLexicon.Empty)
            : new EnglishSearchAnalyzer(keywords, lexicon ?? SearchLexicon.Empty);
    }

    /// <summary>Lower case, French read as typed, the site's Arabic folding: what both languages do first.</summary>
    private static ArabicTextFilter Common(TokenStream input)
    {
        TokenStream stream = new LowerCaseFilter(Version, input);
        stream = new ElisionFilter(stream, Elisions);
        stream = new ASCIIFoldingFilter(stream);
        return new ArabicTextFilter(stream);
    }

    private static CharArraySet StopSet(IEnumerable<string> words) =>
        new CharArraySet(Version, words.Concat(FunctionWords).Select(w => ArabicText.Normalize(w)).ToList(), ignoreCase: false).AsReadOnly();

    private sealed class ArabicSearchAnalyzer(CharArraySet keywords, SearchLexicon lexicon) : Analyzer
    {
        // The stop words are folded like the text, since folding runs before the stop filter.
        private static readonly CharArraySet StopWords = StopSet(ArabicAnalyzer.DefaultStopSet.Select(w => w.ToString()!));

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = Common(source);
            stream = new StopFilter(Version, stream, StopWords);
            stream = new ArabicNormalizationFilter(stream);
            stream = new SetKeywordMarkerFilter(stream, keywords);
            stream = new ArabicStemFilter(stream);
            return new TokenStreamComponents(source, lexicon.Apply(stream));
        }

        // Between the values of one field (a question's search terms): no phrase runs from one into the next.
        public override int GetPositionIncrementGap(string fieldName) => 100;
    }

    private sealed class EnglishSearchAnalyzer(CharArraySet keywords, SearchLexicon lexicon) : Analyzer
    {
        private static readonly CharArraySet StopWords = StopSet(EnglishAnalyzer.DefaultStopSet.Select(w => w.ToString()!));

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, source);
            stream = Common(stream);
            stream = new StopFilter(Version, stream, StopWords);
            stream = new SetKeywordMarkerFilter(stream, keywords);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, lexicon.Apply(stream));
        }

        public override int GetPositionIncrementGap(string fieldName) => 100;
    }
}
