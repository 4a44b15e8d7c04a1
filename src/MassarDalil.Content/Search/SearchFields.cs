namespace MassarDalil.Content.Search;

/// <summary>The fields of an indexed document and how much a match in each weighs.</summary>
internal static class SearchFields
{
    /// <summary>A doc value: the document's place in <see cref="LanguageIndex"/>'s entries.</summary>
    public const string Ordinal = "ordinal";

    // Searched: a word in the question says more about a match than the same word in the answer.
    public const string Question = "question";
    public const string Topic = "topic";
    public const string Answer = "answer";

    /// <summary>The editors' other words for a question: surer than a word of the answer, less than the question's own.</summary>
    public const string Terms = "terms";

    /// <summary>
    /// An editor's search term of several words whole, as a query's words read (<see cref="LanguageIndex.WholeTerm"/>): a
    /// query that is exactly one question's term ("reset password", "activer mon compte") is the one the editors meant it for.
    /// </summary>
    public const string WholeTerm = "wholeterm";

    /// <summary>Above a match of every word in the question: the editors said which question the query is for.</summary>
    public const float WholeTermBoost = 4f;

    public static readonly (string Field, float Boost)[] Weighted = [(Question, 3f), (Terms, 2f), (Topic, 1.5f), (Answer, 1f)];

    /// <summary>A near miss (one typo) counts for less than the word itself.</summary>
    public const float FuzzyFactor = 0.5f;
}
