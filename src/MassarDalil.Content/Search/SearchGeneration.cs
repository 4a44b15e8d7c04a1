namespace MassarDalil.Content.Search;

/// <summary>
/// The index of one content version: a reader per language. Searches borrow it and the indexer
/// retires it when a newer one is ready; when the last borrower gives it back it lets go of its languages, whose
/// readers close once no later generation holds them too (a language whose content did not change is carried over).
/// </summary>
internal sealed class SearchGeneration(
    long version, IReadOnlyDictionary<string, LanguageIndex> languages, int indexedAnew, IReadOnlyDictionary<string, Exception> failures)
{
    private int _references = 1; // the index's own reference, given up by Retire

    public long Version { get; } = version;

    /// <summary>How many of its languages were indexed for it rather than carried over from the generation before.</summary>
    public int IndexedAnew { get; } = indexedAnew;

    public int LanguageCount => languages.Count;

    /// <summary>The languages that could not be indexed for this version, with why; they answer from an older index, if any.</summary>
    public IReadOnlyDictionary<string, Exception> Failures { get; } = failures;

    public LanguageIndex? For(string language) => languages.GetValueOrDefault(language);

    public bool TryBorrow()
    {
        while (true)
        {
            var current = Volatile.Read(ref _references);
            if (current == 0)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _references, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    public void GiveBack()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            foreach (var index in languages.Values)
            {
                index.Release();
            }
        }
    }

    public void Retire() => GiveBack();
}
