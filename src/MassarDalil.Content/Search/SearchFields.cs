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

    public static readonly (string Field, float Boost)[] Weighted = [(Question, 3f), (Terms, 2f), (Topic, 1.5f), (Answer, 1f)];

    /// <summary>A near miss (one typo) counts for less than the word itself.</summary>
    public const float FuzzyFactor = 0.5f;
}
