using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace MassarDalil.Content.Search;

/// <summary>
/// When the index is built, adds a synonym group's one term where the text holds one of the group's terms of several
/// words: «كلمة المرور» is indexed as كلم, مرور and also مودباس, at the place of its first word and spanning both.
/// A query then finds every variant with one term, where it built a phrase per variant, field and query word, and
/// those phrase clauses were most of an Arabic synonym query's cost. The words themselves stay, for phrases and for
/// a query of one of them. Queries are read without it (<see cref="SynonymSet.Expand"/> names the term instead).
/// </summary>
internal sealed class PhraseTermFilter : TokenFilter
{
    private readonly SynonymSet _synonyms;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly List<Ahead> _ahead = []; // read from the input to look for a phrase, not given out yet
    private State? _groupTerm; // given out right after the phrase's first word
    private bool _done;

    public PhraseTermFilter(TokenStream input, SynonymSet synonyms) : base(input)
    {
        _synonyms = synonyms;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_groupTerm is { } groupTerm)
        {
            _groupTerm = null;
            RestoreState(groupTerm);
            return true;
        }
        if (_ahead.Count > 0)
        {
            RestoreState(_ahead[0].State);
            _ahead.RemoveAt(0);
        }
        else if (_done || !m_input.IncrementToken())
        {
            _done = true;
            return false;
        }
        if (_synonyms.PhrasesStartingWith(_term.ToString()) is { } phrases)
        {
            var current = CaptureState();
            foreach (var (words, term) in phrases)
            {
                if (Follows(words))
                {
                    RestoreState(current);
                    _term.SetEmpty().Append(term);
                    _increment.PositionIncrement = 0;
                    _offset.SetOffset(_offset.StartOffset, words.Length > 1 ? _ahead[words.Length - 2].End : _offset.EndOffset);
                    _groupTerm = CaptureState();
                    break;
                }
            }
            RestoreState(current);
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _ahead.Clear();
        _groupTerm = null;
        _done = false;
    }

    /// <summary>Whether the words after the current one, each right after the last (no stop word between), are the phrase's.</summary>
    private bool Follows(string[] words)
    {
        while (_ahead.Count < words.Length - 1 && !_done)
        {
            if (m_input.IncrementToken())
            {
                _ahead.Add(new Ahead(CaptureState(), _term.ToString(), _increment.PositionIncrement, _offset.EndOffset));
            }
            else
            {
                _done = true;
            }
        }
        if (_ahead.Count < words.Length - 1)
        {
            return false;
        }
        for (var i = 1; i < words.Length; i++)
        {
            if (_ahead[i - 1].Increment != 1 || !string.Equals(_ahead[i - 1].Term, words[i], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private readonly record struct Ahead(AttributeSource.State State, string Term, int Increment, int End);
}
