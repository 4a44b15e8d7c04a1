using System.Collections.Frozen;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace MassarDalil.Content.Search;

/// <summary>
/// Every searched term of one index with where its postings are, read once when the index is built. A
/// <see cref="TermQuery"/> made without them looks its term up in the term dictionary on every search, through a new
/// terms enumerator with its own frames and buffers: for «كلمة السر» twelve lookups a query, 13% of its request's CPU
/// in a profile. The index never changes after it is built, so the states stay true for its whole life; a
/// word the index lacks shares one empty state, which scores exactly as a lookup that finds nothing.
/// </summary>
internal sealed class TermStates
{
    private readonly FrozenDictionary<Term, TermContext> _states;
    private readonly TermContext _missing;

    public TermStates(IndexReaderContext top, IEnumerable<string> fields)
    {
        _missing = new TermContext(top);
        var states = new Dictionary<Term, TermContext>();
        foreach (var leaf in top.Leaves)
        {
            foreach (var field in fields)
            {
                if (leaf.AtomicReader.GetTerms(field) is not { } terms)
                {
                    continue;
                }
                var each = terms.GetEnumerator();
                while (each.MoveNext())
                {
                    var term = new Term(field, BytesRef.DeepCopyOf(each.Term));
                    if (!states.TryGetValue(term, out var context))
                    {
                        states[term] = context = new TermContext(top);
                    }
                    context.Register(each.GetTermState(), leaf.Ord, each.DocFreq, each.TotalTermFreq);
                }
            }
        }
        _states = states.ToFrozenDictionary();
    }

    /// <summary>How many terms (of all the searched fields) the index holds.</summary>
    public int Count => _states.Count;

    /// <summary>A query for <paramref name="word"/> in <paramref name="field"/> that needs no lookup to be weighed.</summary>
    public TermQuery Query(string field, string word, float boost)
    {
        var term = new Term(field, word);
        return new TermQuery(term, _states.GetValueOrDefault(term, _missing)) { Boost = boost };
    }
}
