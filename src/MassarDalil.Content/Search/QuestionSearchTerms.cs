using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Search;

/// <summary>
/// The rules for a question's search terms (<see cref="Pages.FaqQuestion.SearchTerms"/>). They are indexed and
/// exported, so they must never hold what could be someone's code, password, e-mail or phone number: the same rule
/// as the searches kept for editors (<see cref="SearchPrivacy"/>), except that Darija written in Latin letters may
/// use a lone 2, 3, 5, 7, 8 or 9 for a letter (n3ref, nl9a).
/// </summary>
public static class QuestionSearchTerms
{
    public const int MaxTerms = 30;
    public const int MaxTermLength = 60;

    /// <summary>
    /// What is wrong with the terms, at <paramref name="field"/>, for the editor; null when they may be stored. A limit
    /// goes with its problem, so the message names the number this check uses.
    /// </summary>
    public static Problem? Check(string field, IReadOnlyList<string> terms) => terms switch
    {
        { Count: > MaxTerms } => Problem.For(field, ProblemCode.TooManySearchTerms, Problem.Number(MaxTerms)),
        _ when terms.Any(t => t.Length > MaxTermLength) => Problem.For(field, ProblemCode.SearchTermTooLong, Problem.Number(MaxTermLength)),
        _ when terms.Any(t => !MayIndex(t)) => Problem.For(field, ProblemCode.SearchTermPrivate),
        _ when terms.Any(t => !t.Any(char.IsLetter)) => Problem.For(field, ProblemCode.SearchTermWithoutLetters),
        _ => null,
    };

    private static bool MayIndex(string term) => SearchPrivacy.Check(term) switch
    {
        UnrecordableQuery.None => true,
        UnrecordableQuery.LettersWithDigits => term.Split(' ').All(word => Arabizi.IsWord(word)),
        _ => false,
    };
}
