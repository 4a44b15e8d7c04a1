namespace MassarDalil.Web.Areas.Manager;

/// <summary>
/// A phrase with a count. <see cref="Key"/> is its English plural; each language's resources hold one form per plural
/// category (<see cref="PluralRules"/>) under <c>Key|category</c>. <c>{0}</c> is the number; later placeholders are
/// the phrase's other values.
/// </summary>
public sealed record Plural(string Key)
{
    public string Form(string category) => Key + "|" + category;
}

/// <summary>The manager's phrases with a count.</summary>
public static class ManagerPlurals
{
    public static readonly Plural Times = new("{0} times");
    public static readonly Plural Pages = new("{0} pages");
    public static readonly Plural Topics = new("{0} topics");
    public static readonly Plural Questions = new("{0} questions");
    public static readonly Plural Groups = new("{0} groups");
    public static readonly Plural QuestionsMissingIn = new("{0} questions missing in {1}:");

    /// <summary>The groups of <c>lexicon.yml</c> an import brought (the synonym groups of the search).</summary>
    public static readonly Plural SearchWordGroups = new("{0} groups of search words");

    public static readonly Plural Redirects = new("{0} redirects");

    /// <summary>A site's texts (its texts.yml), counted by the import.</summary>
    public static readonly Plural SiteTexts = new("{0} sets of site texts");

    public static readonly Plural SiteNavigations = new("{0} site navigations");

    public static IReadOnlyList<Plural> All { get; } = [Times, Pages, Topics, Questions, Groups, QuestionsMissingIn, SearchWordGroups, Redirects, SiteTexts, SiteNavigations];
}
