using System.Globalization;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Import;

/// <summary>
/// Pages and questions that exist in one language but not another. These are warnings, not
/// errors: editors translate them later, and visitors meanwhile see what there is.
/// </summary>
internal static class SeedTranslations
{
    public static void Check(IReadOnlyList<SeedSite> sites, List<SeedPage> pages, List<Problem> warnings)
    {
        foreach (var group in pages.GroupBy(p => p.TranslationKey))
        {
            foreach (var site in sites.Where(s => group.All(p => p.SiteKey != s.Key)))
            {
                warnings.Add(Problem.At(group.First().File, 1, ProblemCode.PageNotTranslated, group.Key, site.Key));
            }
            foreach (var page in group)
            {
                var keys = page.Content.AllQuestions.Select(q => q.Key).ToHashSet();
                foreach (var other in group.Where(o => o != page))
                {
                    foreach (var missing in other.Content.AllQuestions.Where(q => !keys.Contains(q.Key)))
                    {
                        warnings.Add(Problem.At(page.File, 1, ProblemCode.QuestionNotTranslated, missing.Key, other.File));
                    }
                }
            }
        }
    }

    /// <summary>Texts the default (first) site has and another site lacks: visitors there read the default's.</summary>
    public static void CheckTexts(IReadOnlyList<SeedSite> sites, IReadOnlyList<SeedTexts> texts, List<Problem> warnings)
    {
        if (sites.Count == 0 || texts.FirstOrDefault(t => t.SiteKey == sites[0].Key) is not { } main)
        {
            return;
        }
        foreach (var site in texts.Where(t => t != main))
        {
            var missing = main.Texts.Keys.Where(k => !site.Texts.ContainsKey(k)).ToList();
            if (missing.Count > 0)
            {
                warnings.Add(Problem.At(site.File, 0, ProblemCode.TextsNotTranslated, missing.Count.ToString(CultureInfo.InvariantCulture),
                    string.Join(", ", missing.Take(5)) + (missing.Count > 5 ? ", …" : ""), main.SiteKey));
            }
        }
    }
}
