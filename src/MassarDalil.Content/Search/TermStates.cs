using System.Collections.Frozen;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace MassarDalil.Content.Search;

/// <summary>
/// Every searched term of one index with where its postings are, read once when the index is built, and the reader
/// searches go through (<see cref="Reader"/>), which finds terms here. A <see cref="TermQuery"/> made without them
/// looks its term up in the term dictionary on every search, through a new terms enumerator with its own frames and
/// buffers: for «كلمة السر» twelve lookups a query, 13% of its request's CPU in a profile; a phrase clause looks up
/// each of its words the same way (see <see cref="KnownTermsReader"/>). The index never changes after it is built,
/// so the states stay true for its whole life; a word the index lacks shares one empty state, which scores exactly
/// as a lookup that finds nothing.
/// </summary>
internal sealed class TermStates
{
    private readonly FrozenDictionary<Term, Known> _states;
    private readonly TermContext _missing;
    private readonly FrozenSet<string> _words;

    public TermStates(IndexReader index, IEnumerable<string> fields)
    {
        var searched = fields.ToArray();
        // The segments as searches read them, in the index's order, so a leaf's number is the same in both readers.
        // They consult this object only when something searches, after the constructor has filled it. Never disposed:
        // closing these readers would close the segments, which the index's own reader owns and closes.
        var segments = index.Leaves.Select(leaf => new KnownTermsReader(leaf.AtomicReader, leaf.Ord, searched, this)).ToArray();
        Reader = new MultiReader(segments, closeSubReaders: false);
        Searcher = new IndexSearcher(Reader);
        var top = Reader.Context;
        _missing = new TermContext(top);
        var states = new Dictionary<Term, Known>();
        foreach (var leaf in index.Leaves)
        {
            foreach (var field in searched)
            {
                if (leaf.AtomicReader.GetTerms(field) is not { } terms)
                {
                    continue;
                }
                var each = terms.GetEnumerator();
                while (each.MoveNext())
                {
                    var term = new Term(field, BytesRef.DeepCopyOf(each.Term));
                    if (!states.TryGetValue(term, out var known))
                    {
                        states[term] = known = new Known(term, new TermContext(top));
                    }
                    known.Context.Register(each.GetTermState(), leaf.Ord, each.DocFreq, each.TotalTermFreq);
                }
            }
        }
        _states = states.ToFrozenDictionary();
        _words = Words.ToFrozenSet(StringComparer.Ordinal);
        NearMissCandidates = new NearMissCandidates(Words);
    }

    /// <summary>The text of every searched term, once per field it is in.</summary>
    public IEnumerable<string> Words => _states.Keys.Select(term => term.Text);

    /// <summary>Whether any searched field holds <paramref name="word"/>.</summary>
    public bool Knows(string word) => _words.Contains(word);

    /// <summary>The terms above that a Latin word could be a typo of, so that a word of none skips the fuzzy rewrite.</summary>
    public NearMissCandidates NearMissCandidates { get; }

    /// <summary>The index as searches read it, finding terms here.</summary>
    public IndexReader Reader { get; }

    /// <summary>The searcher over <see cref="Reader"/>, the one the queries of <see cref="Query"/> are weighed for.</summary>
    public IndexSearcher Searcher { get; }

    /// <summary>How many terms (of all the searched fields) the index holds.</summary>
    public int Count => _states.Count;

    /// <summary>A query for <paramref name="word"/> in <paramref name="field"/> that needs no lookup to be weighed.</summary>
    public TermQuery Query(string field, string word, float boost)
    {
        var term = new Term(field, word);
        return new TermQuery(term, _states.TryGetValue(term, out var known) ? known.Context : _missing) { Boost = boost };
    }

    /// <summary>The term (its bytes as the index holds them) and where its postings are in segment <paramref name="leaf"/>; null where it has none.</summary>
    internal (BytesRef Term, BlockTermState State)? Find(int leaf, string field, BytesRef bytes) =>
        _states.TryGetValue(new Term(field, bytes), out var known) && known.Context.Get(leaf) is BlockTermState state
            ? (known.Term.Bytes, state)
            : null;

    /// <summary>A term as the index holds it (its bytes are never changed) and its postings' places in each segment.</summary>
    private readonly record struct Known(Term Term, TermContext Context);
}
