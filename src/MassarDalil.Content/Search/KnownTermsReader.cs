using System.Collections.Frozen;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace MassarDalil.Content.Search;

/// <summary>
/// One segment of an index as searches read it: a term of a searched field is looked up in the <see cref="TermStates"/>
/// read when the index was built, instead of in the segment's term dictionary. Lucene's phrase clauses look each of
/// their terms up when they are weighed (<c>TermContext.Build</c>), through a new terms enumerator that walks the
/// dictionary with frames and buffers of its own: for the relevance set's queries under load that was 40% of what a
/// search allocated, and phrases about 30% of its CPU. Everything else (walking the terms, postings) is the segment's own.
/// </summary>
internal sealed class KnownTermsReader : FilterAtomicReader
{
    private readonly KnownFields? _fields; // null for a segment without postings, as its own are

    public KnownTermsReader(AtomicReader segment, int leaf, IEnumerable<string> searched, TermStates states)
        : base(segment)
    {
        if (segment.Fields is not { } fields)
        {
            return;
        }
        var known = new Dictionary<string, Terms>(StringComparer.Ordinal);
        foreach (var field in searched)
        {
            if (fields.GetTerms(field) is { } terms)
            {
                known[field] = new KnownTerms(terms, leaf, field, states);
            }
        }
        _fields = new KnownFields(fields, known.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public override Fields Fields => _fields ?? base.Fields;

    private sealed class KnownFields(Fields fields, FrozenDictionary<string, Terms> known) : FilterFields(fields)
    {
        public override Terms GetTerms(string field) => known.GetValueOrDefault(field) ?? base.GetTerms(field);
    }

    private sealed class KnownTerms(Terms terms, int leaf, string field, TermStates states) : FilterTerms(terms)
    {
        public override TermsEnum GetEnumerator(TermsEnum reuse) => new KnownTermsEnum(m_input, leaf, field, states);

        public override TermsEnum GetEnumerator() => new KnownTermsEnum(m_input, leaf, field, states);
    }

    /// <summary>
    /// Answers a seek by the term's bytes from the states alone. The segment's own enumerator is made only when asked
    /// for more (postings, the next term), first placed on the term found, so the two behave as one.
    /// </summary>
    private sealed class KnownTermsEnum(Terms terms, int leaf, string field, TermStates states) : TermsEnum
    {
        private TermsEnum? _segment;
        private (BytesRef Term, BlockTermState State)? _known;

        private TermsEnum Segment
        {
            get
            {
                _segment ??= terms.GetEnumerator();
                if (_known is (var term, var state))
                {
                    _segment.SeekExact(term, state);
                    _known = null;
                }
                return _segment;
            }
        }

        public override IComparer<BytesRef> Comparer => terms.Comparer;

        public override bool SeekExact(BytesRef text)
        {
            // Every term of a searched field is in the states, so one they lack is not in the segment either.
            _known = states.Find(leaf, field, text);
            return _known is not null;
        }

        public override void SeekExact(BytesRef term, TermState state)
        {
            _known = null;
            Segment.SeekExact(term, state);
        }

        public override SeekStatus SeekCeil(BytesRef text)
        {
            _known = null;
            return Segment.SeekCeil(text);
        }

        public override void SeekExact(long ord)
        {
            _known = null;
            Segment.SeekExact(ord);
        }

        public override bool MoveNext() => Segment.MoveNext();

        [Obsolete("Lucene.NET's own obsolete member, overridden so that it too starts from the term found.")]
        public override BytesRef Next() => Segment.Next();

        public override BytesRef Term => _known is (var term, _) ? term : Segment.Term;

        public override long Ord => Segment.Ord;

        public override int DocFreq => _known is (_, var state) ? state.DocFreq : Segment.DocFreq;

        public override long TotalTermFreq => _known is (_, var state) ? state.TotalTermFreq : Segment.TotalTermFreq;

        public override TermState GetTermState() => _known is (_, var state) ? (TermState)state.Clone() : Segment.GetTermState();

        public override DocsEnum Docs(IBits liveDocs, DocsEnum reuse, DocsFlags flags) => Segment.Docs(liveDocs, reuse, flags);

        public override DocsAndPositionsEnum DocsAndPositions(IBits liveDocs, DocsAndPositionsEnum reuse, DocsAndPositionsFlags flags) =>
            Segment.DocsAndPositions(liveDocs, reuse, flags);
    }
}
