namespace MassarDalil.Content.SiteTexts;

/// <summary>
/// One text of the public site: its dotted key (the part before the first dot is its group, where it appears) and how
/// many placeholders (<c>{0}</c>, <c>{1}</c>…) the site fills in.
/// </summary>
/// <param name="CountInWords">
/// A plural form whose count a language may spell out ("نتيجتان", two results): its <c>{0}</c> may be left out.
/// </param>
public sealed record SiteTextKey(string Key, int Placeholders = 0, bool CountInWords = false)
{
    public string Group => Key[..Key.IndexOf('.', StringComparison.Ordinal)];
}

/// <summary>
/// Every text the public site's templates read, in the order the manager shows them. The seed reader refuses a key
/// not listed here; a listed key missing from a site falls back to the default site's text (a translation gap).
/// </summary>
public static class SiteTextCatalogue
{
    public static IReadOnlyList<SiteTextKey> Keys { get; } =
    [
        new("site.name"),
        new("site.tagline"),
        new("site.card-alt", 2),

        new("notice.independence"),
        new("notice.no-password"),

        new("header.skip-link"),
        new("header.main-navigation"),
        new("header.faq-link"),

        new("language.name"),
        new("language.switch-label"),

        new("footer.official-sites"),
        new("footer.student-portal"),
        new("footer.massar-portal"),
        new("footer.official-link", 2),

        new("home.guides-title"),
        new("home.tools-title"),
        new("home.average-card"),

        new("breadcrumb.label"),
        new("breadcrumb.home"),

        new("topics.title"),
        new("topics.previous", 1),
        new("topics.next", 1),

        new("question.link"),
        new("question.back-to-faq"),
        new("question.more-in-topic", 1),
        new("question.part-unavailable"),

        new("share.button"),
        new("share.page"),
        new("share.link-copied"),

        new("feedback.question"),
        new("feedback.yes"),
        new("feedback.no"),
        new("feedback.why-question"),
        new("feedback.unclear"),
        new("feedback.outdated"),
        new("feedback.not-answered"),
        new("feedback.send"),
        new("feedback.thanks"),
        new("feedback.failed"),
        new("feedback.too-many"),
        new("feedback.refused"),

        new("search.site-search"),
        new("search.label"),
        new("search.button"),
        new("search.placeholder"),
        new("search.hint"),
        new("search.privacy"),
        new("search.page-title"),
        new("search.new-search"),
        new("search.needs-script"),
        new("search.empty"),
        new("search.too-long", 1),
        new("search.no-words"),
        new("search.unavailable"),

        new("results.title-for", 1),
        new("results.one", 2, CountInWords: true),
        new("results.two", 2, CountInWords: true),
        new("results.few", 2, CountInWords: true),
        new("results.other", 2, CountInWords: true),
        new("results.none", 1),
        new("results.closest", 1),
        new("results.topic"),
        new("results.guide"),
        new("results.no-results-help"),
        new("results.browse-faq"),
        new("results.other-language", 1),

        new("average.title"),
        new("average.description"),
        new("average.intro"),
        new("average.formula"),
        new("average.row", 1),
        new("average.subject"),
        new("average.grade"),
        new("average.coefficient"),
        new("average.remove", 1),
        new("average.add"),
        new("average.calculate"),
        new("average.empty-rows-hint"),
        new("average.your-average", 1),
        new("average.passed"),
        new("average.not-passed"),
        new("average.caveat"),
        new("average.needs-script"),
        new("average.fix-fields"),
        new("average.decimal-separator"),
        new("average.grade-missing"),
        new("average.grade-not-a-number"),
        new("average.grade-out-of-range"),
        new("average.grade-not-positive"),
        new("average.grade-too-many-decimals"),
        new("average.coefficient-missing"),
        new("average.coefficient-not-a-number"),
        new("average.coefficient-out-of-range"),
        new("average.coefficient-not-positive"),
        new("average.coefficient-too-many-decimals"),

        new("offline.saved-copy"),

        new("notfound.title"),
        new("notfound.text"),

        new("gone.title"),
        new("gone.text"),

        new("error.title"),
        new("error.text"),
        new("error.go-home"),
    ];

    private static readonly Dictionary<string, SiteTextKey> ByKey = Keys.ToDictionary(k => k.Key, StringComparer.Ordinal);

    /// <summary>The groups in the order their first key comes.</summary>
    public static IReadOnlyList<string> Groups { get; } = Keys.Select(k => k.Group).Distinct().ToList();

    public static SiteTextKey? Find(string key) => ByKey.GetValueOrDefault(key);
}
