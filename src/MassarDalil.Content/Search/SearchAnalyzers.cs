using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using MassarDalil.Content.Sites;
using MassarDalil.Content.Text;

namespace MassarDalil.Content.Search;

/// <summary>
/// One analyzer per language, chosen from the site's culture (<c>fr-MA</c> reads as French), used both to index
/// and to read queries so the two always agree.
/// Arabic: the site's folding, Lucene's Arabic normalisation and light stemmer (كلمة المرور → كلم مرور).
/// English: possessives, stop words (with the question words every title carries) and the Porter stemmer (passwords → password).
/// French: elisions, French stop words and the light stemmer (les notes = note, élèves = eleve).
/// Any other language: words, lower case and folding only, which never loses a match for want of a stemmer.
/// All of them fold Arabic-Indic digits and lower-case Latin words, since each language quotes the others' words,
/// and read French as visitors type it: accents folded (oublié = oublie), elisions dropped (d'activation → activation),
/// and Darija in Latin letters without its digits (<see cref="Arabizi"/>: n9ta = nqta).
/// Words given as <c>keepWhole</c> (the synonym terms) are not stemmed: the light stemmer reads the
/// app name وليي as و + لي ("and to me"), which would match every لي in the text.
/// Last, the <see cref="SearchLexicon"/> reads every variant of a group as the group's one form, and when indexing,
/// <see cref="PhraseTermFilter"/> adds that form where a variant of several words stands.
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

    // English words that every question title carries ("What does…", "Can I…", "Do you…") and visitors put around
    // the words that matter ("what mark do I need"): left in, they rank the question with the most of them over
    // the one with the meaning. Lucene's English stop set leaves them out. "who", "when", "where", "why" and "how"
    // stay: they tell "who decides" from "when do grades appear".
    private static readonly string[] EnglishFunctionWords =
    [
        "do", "does", "did", "i", "me", "my", "you", "your", "what", "can", "could", "should", "would", "am",
    ];

    // French elisions: l'orientation, d'activation, n'apparaissent, s'affiche, qu'il.
    private static readonly CharArraySet Elisions = new(Version, ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"], ignoreCase: true);

    /// <param name="culture">The site's culture (<c>ar-MA</c>, <c>fr-MA</c>) or a bare language (<c>en</c>); only the language counts.</param>
    /// <param name="synonyms">Given when the analyzer indexes: adds each group's term where the text holds a variant
    /// of several words (<see cref="PhraseTermFilter"/>). Queries are read without it.</param>
    internal static Analyzer For(string culture, IEnumerable<string>? keepWhole = null, SearchLexicon? lexicon = null, SynonymSet? synonyms = null)
    {
        var keywords = new CharArraySet(Version, (keepWhole ?? []).Select(w => ArabicText.Normalize(w.ToLowerInvariant())).Select(w => Arabizi.Fold(w) ?? w).ToList(), ignoreCase: true);
        lexicon ??= SearchLexicon.Empty;
        Func<TokenStream, TokenStream> last = synonyms is null ? lexicon.Apply : stream => synonyms.Apply(lexicon.Apply(stream));
        return CultureNames.LanguageOf(culture) switch
        {
            "ar" => new ArabicSearchAnalyzer(keywords, last),
            "en" => new EnglishSearchAnalyzer(keywords, last),
            "fr" => new FrenchSearchAnalyzer(keywords, last),
            _ => new PlainSearchAnalyzer(last),
        };
    }

    /// <summary>Lower case, French read as typed, the site's Arabic folding, Arabizi read without its digits: what every language does first.</summary>
    private static ArabicTextFilter Common(TokenStream input)
    {
        TokenStream stream = new LowerCaseFilter(Version, input);
        stream = new ElisionFilter(stream, Elisions);
        stream = new ASCIIFoldingFilter(stream);
        return new ArabicTextFilter(stream);
    }

    private static CharArraySet StopSet(IEnumerable<string> words) =>
        new CharArraySet(Version, words.Concat(FunctionWords).Select(w => ArabicText.Normalize(w)).ToList(), ignoreCase: false).AsReadOnly();

    private sealed class ArabicSearchAnalyzer(CharArraySet keywords, Func<TokenStream, TokenStream> last) : Analyzer
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
            return new TokenStreamComponents(source, last(stream));
        }

        // Between the values of one field (a question's search terms): no phrase runs from one into the next.
        public override int GetPositionIncrementGap(string fieldName) => 100;
    }

    private sealed class EnglishSearchAnalyzer(CharArraySet keywords, Func<TokenStream, TokenStream> last) : Analyzer
    {
        private static readonly CharArraySet StopWords = StopSet(EnglishAnalyzer.DefaultStopSet.Select(w => w.ToString()!).Concat(EnglishFunctionWords));

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, source);
            stream = Common(stream);
            stream = new StopFilter(Version, stream, StopWords);
            stream = new SetKeywordMarkerFilter(stream, keywords);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, last(stream));
        }

        public override int GetPositionIncrementGap(string fieldName) => 100;
    }

    private sealed class FrenchSearchAnalyzer(CharArraySet keywords, Func<TokenStream, TokenStream> last) : Analyzer
    {
        // Folded like the text: the stop filter runs after accent folding, so "été" and "ete" are both stopped.
        private static readonly CharArraySet StopWords = StopSet(FrenchAnalyzer.DefaultStopSet.Select(w => Fold(w.ToString()!)));

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = Common(source);
            stream = new StopFilter(Version, stream, StopWords);
            stream = new SetKeywordMarkerFilter(stream, keywords);
            // Light, not the Snowball stemmer: plurals and feminines meet ("notes" = "note") without cutting words to roots.
            // It runs on folded words, so a query typed without accents stems exactly like the accented text.
            stream = new FrenchLightStemFilter(stream);
            return new TokenStreamComponents(source, last(stream));
        }

        public override int GetPositionIncrementGap(string fieldName) => 100;

        private static string Fold(string word)
        {
            var folded = new char[word.Length * 4];
            var length = ASCIIFoldingFilter.FoldToASCII(word.ToCharArray(), 0, folded, 0, word.Length);
            return new string(folded, 0, length);
        }
    }

    /// <summary>For a language with no analyzer of its own: no stop words or stemming, which could only guess.</summary>
    private sealed class PlainSearchAnalyzer(Func<TokenStream, TokenStream> last) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(source, last(Common(source)));
        }

        public override int GetPositionIncrementGap(string fieldName) => 100;
    }
}
