using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Search;

/// <summary>The pure rules under search: analysis, typo distance, highlighting, query checks.</summary>
public class SearchTextRulesTests
{
    [Theory]
    [InlineData("ar", "كلمة المرور", "كلم مرور")]
    [InlineData("ar", "كَلِمَةُ المُرُور", "كلم مرور")]
    [InlineData("ar", "كلمـــة الـمرور", "كلم مرور")]
    [InlineData("ar", "إعادة", "اعاد")]
    [InlineData("ar", "١٤٫٥ و ٢٠", "14.5 20")]
    [InlineData("ar", "Massar NFC", "massar nfc")]
    [InlineData("en", "Passwords and the student's grades", "password student grade")]
    [InlineData("en", "٢٠ out of 20", "20 out 20")]
    // Arabizi is read without its digits (9 = q, 7 = h, 5 = kh; ع and ء left out); a code or a number is not Arabizi.
    [InlineData("ar", "n9ta mo3adal nata2ij 7sab 5dma", "nqta moadal nataij hsab khdma")]
    [InlineData("ar", "G1 abc12 J130012345 2025", "g1 abc12 j130012345 2025")]
    // The site's culture chooses: ar-MA is Arabic, fr-MA French; a language with no analyzer of its own is read
    // plainly (folded, never stemmed).
    [InlineData("ar-MA", "كلمة المرور", "كلم مرور")]
    [InlineData("fr-MA", "Les élèves réinitialisent leurs codes", "elev reinitialisent code")]
    [InlineData("fr", "l'activation des comptes", "activ compt")]
    [InlineData("es-ES", "Contraseñas OLVIDADAS", "contrasenas olvidadas")]
    [InlineData("tzm-Latn-MA", "Tafrat n Massar", "tafrat n massar")]
    public void AnalyzersFoldAndStemAsTheIndexDoes(string culture, string text, string expected)
    {
        using var analyzer = SearchAnalyzers.For(culture);

        Assert.Equal(expected, string.Join(' ', SearchTokens.Terms(analyzer, text)));
    }

    [Fact]
    public void WordsKeptWholeAreNotStemmed()
    {
        using var plain = SearchAnalyzers.For("ar");
        using var keeping = SearchAnalyzers.For("ar", ["وليي"]);

        Assert.Equal("لي", SearchTokens.Terms(plain, "وليي").Single());
        Assert.Equal("وليي", SearchTokens.Terms(keeping, "وليي").Single());
    }

    // The French site: what visitors type (no accents, elisions, plurals, capitals) reads as the content's words.
    [Theory]
    [InlineData("mot de passe oublie", "Mot de passe oublié")]
    [InlineData("MOT DE PASSE OUBLIÉ", "mot de passe oublié")]
    [InlineData("reinitialiser", "réinitialiser")]
    [InlineData("l'orientation", "orientation")]
    [InlineData("d’activation", "activation")]
    [InlineData("qu'il s'affiche", "il affiche")]
    [InlineData("les notes", "note")]
    [InlineData("mes moyennes générales", "moyenne generale")]
    [InlineData("vos enfants", "enfant")]
    [InlineData("élèves", "eleve")]
    [InlineData("vœux", "voeu")]
    [InlineData("coefficients", "coefficient")]
    [InlineData("parents d'élèves", "parent eleve")]
    public void TheFrenchAnalyzerReadsTypedFrenchAsTheContentsWords(string typed, string content)
    {
        using var analyzer = SearchAnalyzers.For("fr-MA");

        var terms = SearchTokens.Terms(analyzer, typed);
        Assert.NotEmpty(terms);
        Assert.Equal(SearchTokens.Terms(analyzer, content), terms);
    }

    [Theory]
    [InlineData("massar", "masar", true)]
    [InlineData("motamadri", "moutamadri", true)]
    [InlineData("pasword", "password", true)]
    [InlineData("passowrd", "password", true)]
    [InlineData("massar", "massar", true)]
    [InlineData("massar", "mas", false)]
    [InlineData("waliye", "wali", false)]
    [InlineData("abcd", "dcba", false)]
    public void OneEditMeansOneInsertionDeletionChangeOrSwap(string a, string b, bool expected)
    {
        Assert.Equal(expected, SearchTokens.WithinOneEdit(a, b));
        Assert.Equal(expected, SearchTokens.WithinOneEdit(b, a));
    }

    [Theory]
    [InlineData("massar", true)]
    [InlineData("nfc", false)]
    [InlineData("2024", false)]
    [InlineData("مسار", false)]
    public void OnlyLatinWordsOfFourLettersOrMoreGetTypoTolerance(string term, bool expected) =>
        Assert.Equal(expected, SearchTokens.IsLatinWord(term));

    [Fact]
    public void HighlightingEscapesEverythingAndMarksOnlyMatches()
    {
        using var analyzer = SearchAnalyzers.For("en");
        var matches = new SearchMatches();
        matches.Add(["password"]);

        var html = SearchHighlighter.Html(analyzer, "<script>alert('password')</script> & Passwords", matches, rightToLeft: false);

        Assert.Equal("&lt;script&gt;alert(&#39;<mark>password</mark>&#39;)&lt;/script&gt; &amp; <mark>Passwords</mark>", html);
    }

    [Fact]
    public void ArabicHighlightsIsolateLatinRunsAroundAndInsideMarks()
    {
        using var analyzer = SearchAnalyzers.For("ar");
        var matches = new SearchMatches();
        matches.Add(["مسار", "massar"]);

        var html = SearchHighlighter.Html(analyzer, "منصة مسار (massar) على moutamadris.men.gov.ma.", matches, rightToLeft: true);

        Assert.Equal("منصة <mark>مسار</mark> (<bdi><mark>massar</mark></bdi>) على <bdi>moutamadris.men.gov.ma</bdi>.", html);
    }

    [Fact]
    public void AGroupVariantOfSeveralWordsIsIndexedAsTheGroupsTermToo()
    {
        string[][] groups = [["مودباس", "كلمة المرور", "mot de passe"]];
        using var queries = SearchAnalyzers.For("ar");
        var synonyms = SynonymSet.Build(queries, groups);
        using var indexing = SearchAnalyzers.For("ar", synonyms: synonyms);

        var tokens = SearchTokens.Analyze(indexing, "نسيت كلمة المرور ثم المرور");

        Assert.Equal(["نسيت", "كلم", "مودباس", "مرور", "مرور"], tokens.Select(t => t.Term));
        Assert.Equal((5, 16), (tokens[2].Start, tokens[2].End)); // both words, for the highlight
        Assert.Equal(["كلم", "مرور"], SearchTokens.Terms(queries, "كلمة المرور")); // a query keeps its own words
        Assert.Equal(new SynonymMatch(1, 2, "مودباس"), Assert.Single(synonyms.Expand(["نسيت", "mot", "passe"])));
    }

    [Fact]
    public void ALatinWordWithTheDarijaArticleGluedToItReadsAsTheLexiconWord()
    {
        string[][] groups = [["رمز", "code"], ["معدل", "mo3adal"], ["رابط", "lien", "link"]];
        using var whole = SearchAnalyzers.For("ar", groups.SelectMany(g => g));
        using var stemmed = SearchAnalyzers.For("ar");
        using var analyzer = SearchAnalyzers.For("ar", groups.SelectMany(g => g), SearchLexicon.Build(whole, stemmed, groups));

        Assert.Equal(["رمز", "رمز", "معدل", "معدل"], SearchTokens.Terms(analyzer, "lcode elcode lmo3adal lmoadal"));
        // Only a lexicon word is cut: "lien" and "link" are words of their own, "login" and "lcd" are not lexicon words after an l.
        Assert.Equal(["رابط", "رابط", "login", "lcd"], SearchTokens.Terms(analyzer, "lien link login lcd"));
    }

    [Theory]
    [InlineData("pasword", "password", true)]
    [InlineData("scam", "spam", true)]
    [InlineData("fake", "make", false)]
    [InlineData("fake", "take", false)]
    public void ANearMissKeepsTheWordsFirstLetter(string word, string term, bool expected) =>
        Assert.Equal(expected, SearchTokens.IsNearMiss(word, term));

    [Fact]
    public void NearMissesOfLatinWordsAreHighlightedToo()
    {
        using var analyzer = SearchAnalyzers.For("en");
        var matches = new SearchMatches();
        matches.AddFuzzy("pasword");

        Assert.Equal("reset your <mark>password</mark>", SearchHighlighter.Html(analyzer, "reset your password", matches, rightToLeft: false));
    }

    [Fact]
    public void ALongAnswerIsCutAroundItsFirstMatch()
    {
        using var analyzer = SearchAnalyzers.For("en");
        var matches = new SearchMatches();
        matches.Add(["nfc"]);
        var text = string.Join(' ', Enumerable.Repeat("word", 60)) + " the NFC antenna " + string.Join(' ', Enumerable.Repeat("more", 60));

        var snippet = SearchHighlighter.Snippet(analyzer, text, matches, rightToLeft: false);

        Assert.StartsWith("… word", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
        Assert.Contains("the <mark>NFC</mark> antenna", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Length, 150, SearchHighlighter.SnippetLength + 30);
    }

    [Fact]
    public void EveryMatchInsideTheSnippetIsMarkedUpToItsLastWord()
    {
        // The highlighter stops analysing past the snippet's window: the matches near its end must still be marked.
        using var analyzer = SearchAnalyzers.For("en");
        var matches = new SearchMatches();
        matches.Add(["nfc"]);
        var text = string.Join(' ', Enumerable.Repeat("word", 20)) + " " + string.Join(' ', Enumerable.Repeat("nfc word", 80));

        var snippet = SearchHighlighter.Snippet(analyzer, text, matches, rightToLeft: false);

        var shown = snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        var words = shown.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(words.Count(w => w == "nfc") > 10, snippet);
        Assert.Equal(words.Count(w => w == "nfc"), snippet.Split("<mark>nfc</mark>").Length - 1);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  Massar   NFC ", "massar nfc")]
    [InlineData("كَلِمَةُ  المُرُور", "كلمه المرور")]
    [InlineData("إعادة ٢٠", "اعاده 20")]
    public void UnansweredQueriesAreCountedInOneNormalForm(string query, string expected) =>
        Assert.Equal(expected, SearchQueryText.Normalize(query));

    [Fact]
    public void AFoldedQueryLongerThanTheLimitIsCutBeforeAnEmojiNotThroughIt()
    {
        // The counted form fits the column whatever it is given: 199 letters and an emoji across the 200th unit.
        var query = new string('x', SearchQueryText.MaxLength - 1) + "😀";

        var normalized = SearchQueryText.Normalize(query);

        Assert.Equal(new string('x', SearchQueryText.MaxLength - 1), normalized);
        WellFormedText.Assert(normalized);
    }

    [Theory]
    [InlineData(null, SearchProblem.Empty)]
    [InlineData(" ", SearchProblem.Empty)]
    [InlineData("؟!،", SearchProblem.NoWords)]
    [InlineData("a", SearchProblem.None)]
    [InlineData("٣", SearchProblem.None)]
    public void QueryChecks(string? query, SearchProblem expected) => Assert.Equal(expected, SearchQueryText.Check(query));

    [Fact]
    public void QueriesLongerThanTheLimitAreRefused()
    {
        Assert.Equal(SearchProblem.None, SearchQueryText.Check(new string('a', SearchQueryText.MaxLength)));
        Assert.Equal(SearchProblem.TooLong, SearchQueryText.Check(new string('a', SearchQueryText.MaxLength + 1)));
    }
}
