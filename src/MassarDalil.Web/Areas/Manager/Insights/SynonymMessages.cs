using MassarDalil.Content.Search;

namespace MassarDalil.Web.Areas.Manager.Insights;

/// <summary>Why a synonym group was not saved, in the editor's language.</summary>
public static class SynonymMessages
{
    public const string Field = "Terms";

    public static string For(ManagerText text, SynonymProblem problem) => problem switch
    {
        SynonymProblem.TooFewTerms => text["Write at least two spellings, separated by commas or on separate lines."],
        SynonymProblem.TooManyTerms => text.Format("A group holds at most {0} spellings.", SynonymService.MaxTerms),
        SynonymProblem.TermTooLong => text.Format("Each spelling has at most {0} characters.", SynonymService.MaxTermLength),
        SynonymProblem.TermWithoutLetters => text["Each spelling needs at least one letter or digit."],
        _ => text["This group no longer exists."],
    };
}
