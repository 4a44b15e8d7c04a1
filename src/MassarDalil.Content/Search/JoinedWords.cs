namespace MassarDalil.Content.Search;

/// <summary>
/// Two Latin words typed apart that the site writes as one (user name → username, massar service → massarservice,
/// pass word → password): the joined word counts for both, as a synonym group's term does. Only neighbours with
/// nothing but a space or a hyphen between them, and only a joined word the index holds, looked up in its terms.
/// </summary>
internal static class JoinedWords
{
    /// <param name="tokens">The query's words as <see cref="LanguageIndex.QueryAnalyzer"/> reads them, with where they stand in <paramref name="query"/>.</param>
    public static IReadOnlyList<SynonymMatch> In(string query, IReadOnlyList<SearchToken> tokens, LanguageIndex index)
    {
        List<SynonymMatch>? joined = null;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var (first, second) = (tokens[i], tokens[i + 1]);
            var firstText = query.AsSpan(first.Start, first.End - first.Start);
            var secondText = query.AsSpan(second.Start, second.End - second.Start);
            if (!IsLatin(firstText) || !IsLatin(secondText) || !query.AsSpan(first.End, second.Start - first.End).Trim().TrimStart('-').IsEmpty)
            {
                continue;
            }
            if (SearchTokens.Terms(index.QueryAnalyzer, string.Concat(firstText, secondText)) is [var term]
                && term != first.Term && term != second.Term && index.Terms.Knows(term))
            {
                (joined ??= []).Add(new SynonymMatch(i, 2, term));
            }
        }
        return joined ?? [];
    }

    private static bool IsLatin(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }
        return true;
    }
}
