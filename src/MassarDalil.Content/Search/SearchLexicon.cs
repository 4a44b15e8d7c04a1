using System.Buffers;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace MassarDalil.Content.Search;

/// <summary>
/// The synonym groups as one form per word: every one-word term of a group (النقاط, notes, noqat) is read as the
/// group's first one-word term (نقط), in the text when it is indexed and in the query, so variants find each other
/// and count as one word for ranking; a Latin word with the Darija article glued to it (lcode) reads as the word.
/// Built once per index from the editors' groups; terms of several words stay
/// with <see cref="SynonymSet"/>, which expands them at query time.
/// </summary>
internal sealed class SearchLexicon
{
    private readonly CharArrayDictionary<string> _forms;

    private SearchLexicon(CharArrayDictionary<string> forms) => _forms = forms;

    public static SearchLexicon Empty { get; } = new(new CharArrayDictionary<string>(SearchAnalyzers.Version, 0, ignoreCase: false));

    public bool IsEmpty => _forms.Count == 0;

    /// <param name="analyzer">The language's analyzer without a lexicon: the words are mapped as it leaves them.</param>
    /// <param name="stemmed">The same analyzer that does not keep group terms whole: a word with a prefix or suffix
    /// (الرغبة) is stemmed (رغب), so that form is mapped too, unless it is too short to be safe (وليي → لي).</param>
    public static SearchLexicon Build(Analyzer analyzer, Analyzer stemmed, IEnumerable<IReadOnlyList<string>> groups)
    {
        var forms = new CharArrayDictionary<string>(SearchAnalyzers.Version, 64, ignoreCase: false);
        foreach (var group in groups)
        {
            var single = group.Select(term => (Whole: SearchTokens.Terms(analyzer, term), Stem: SearchTokens.Terms(stemmed, term)))
                .Where(t => t.Whole.Length == 1).ToList();
            if (single.Count < 2)
            {
                continue;
            }
            var form = single[0].Whole[0];
            foreach (var (whole, stem) in single)
            {
                Add(forms, whole[0], form);
                if (stem.Length == 1 && stem[0].Length > 2)
                {
                    Add(forms, stem[0], form);
                }
            }
        }
        return new SearchLexicon(forms);
    }

    // The first group that names a word keeps it.
    private static void Add(CharArrayDictionary<string> forms, string word, string form)
    {
        if (!forms.ContainsKey(word))
        {
            forms[word] = form;
        }
    }

    /// <summary>The form the word in <paramref name="buffer"/> is read as, or null when it is not in a group.</summary>
    public string? FormOf(char[] buffer, int length) =>
        _forms.TryGetValue(buffer, 0, length, out var form) ? form : FormAfterArticle(buffer, length);

    /// <summary>
    /// A Latin word with the Darija article glued to it (lcode, elcarte, lmo3adal, lwali) reads as the lexicon word
    /// after the article. Only a lexicon word of three letters or more, so "lien", "link" or "login" are never cut.
    /// </summary>
    private string? FormAfterArticle(char[] buffer, int length)
    {
        var article = length > 2 && buffer[0] == 'e' && buffer[1] == 'l' ? 2 : length > 0 && buffer[0] == 'l' ? 1 : 0;
        if (article == 0 || length - article < 3 || buffer.AsSpan(0, length).ContainsAnyExcept(AsciiLetters))
        {
            return null;
        }
        return _forms.TryGetValue(buffer, article, length - article, out var form) ? form : null;
    }

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    public TokenStream Apply(TokenStream input) => IsEmpty ? input : new LexiconFilter(input, this);

    private sealed class LexiconFilter : TokenFilter
    {
        private readonly SearchLexicon _lexicon;
        private readonly ICharTermAttribute _term;

        public LexiconFilter(TokenStream input, SearchLexicon lexicon) : base(input)
        {
            _lexicon = lexicon;
            _term = AddAttribute<ICharTermAttribute>();
        }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }
            if (_lexicon.FormOf(_term.Buffer, _term.Length) is { } form)
            {
                _term.SetEmpty().Append(form);
            }
            return true;
        }
    }
}
