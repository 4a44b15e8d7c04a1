using Lucene.Net.Index;

namespace MassarDalil.Content.Search;

/// <summary>Walks every term of some fields of an index, segment by segment, for what is read once when it is built.</summary>
internal static class IndexTerms
{
    /// <summary>
    /// Each segment and field with its terms enumerator, placed on one term after another: read the term (and its
    /// state or frequencies) before the enumerator moves on.
    /// </summary>
    public static IEnumerable<(AtomicReaderContext Leaf, string Field, TermsEnum Term)> Each(IndexReader reader, IEnumerable<string> fields)
    {
        foreach (var leaf in reader.Leaves)
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
                    yield return (leaf, field, each);
                }
            }
        }
    }
}
