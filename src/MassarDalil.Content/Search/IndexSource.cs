namespace MassarDalil.Content.Search;

/// <summary>
/// Everything one language's index is built from: the site's culture and direction, what it publishes that search
/// reads (<see cref="SearchEntry"/>, in order) and the synonym groups. Two equal sources give the same index, so a
/// rebuild after a publish in one language carries the others' indexes over instead of indexing them again.
/// </summary>
internal sealed class IndexSource(string culture, bool rightToLeft, SearchEntry[] entries, IReadOnlyList<IReadOnlyList<string>> synonymGroups)
{
    public string Culture { get; } = culture;
    public bool RightToLeft { get; } = rightToLeft;
    public IReadOnlyList<SearchEntry> Entries { get; } = entries;
    public IReadOnlyList<IReadOnlyList<string>> SynonymGroups { get; } = synonymGroups;

    public bool SameAs(IndexSource other) =>
        Culture == other.Culture && RightToLeft == other.RightToLeft
        && Entries.SequenceEqual(other.Entries)
        && SynonymGroups.Count == other.SynonymGroups.Count
        && SynonymGroups.Zip(other.SynonymGroups).All(g => g.First.SequenceEqual(g.Second, StringComparer.Ordinal));
}
