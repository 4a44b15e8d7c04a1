using MassarDalil.Content.Search;

namespace MassarDalil.Web.Search;

/// <summary>The search box's and the search page's words in each language.</summary>
public sealed record SearchText
{
    public required string SiteSearch { get; init; }
    public required string Label { get; init; }
    public required string Button { get; init; }
    /// <summary>An example in the header's box, whose label is read by screen readers only.</summary>
    public required string Placeholder { get; init; }
    public required string Hint { get; init; }

    /// <summary>Next to every search box: the privacy promise as a warning, short enough for the header.</summary>
    public required string Privacy { get; init; }
    public required string PageTitle { get; init; }
    public required string NewSearch { get; init; }
    public required string Topic { get; init; }
    public required string Guide { get; init; }
    public required string NoResultsHelp { get; init; }
    public required string BrowseFaq { get; init; }
    public required string Empty { get; init; }
    public required string TooLong { get; init; }
    public required string NoWords { get; init; }
    public required string NeedsScript { get; init; }
    public required Func<string, string> NoResults { get; init; }

    /// <summary>Above answers that have only some of the words: that they are the closest, not a match.</summary>
    public required Func<string, string> Closest { get; init; }
    public required Func<int, string, string> ResultsFor { get; init; }
    public required Func<string, string> TitleFor { get; init; }

    public string? Problem(SearchProblem problem) => problem switch
    {
        SearchProblem.Empty => Empty,
        SearchProblem.TooLong => TooLong,
        SearchProblem.NoWords => NoWords,
        _ => null,
    };

    /// <summary>What the results line says: the count and the query, or that nothing was found.</summary>
    public string Summary(SearchResults results) =>
        results.Closest ? Closest(results.Query) : results.Found ? ResultsFor(results.Hits.Count, results.Query) : NoResults(results.Query);

    public static SearchText For(string language) => language == "en" ? English : Arabic;

    /// <summary>
    /// Where search.js looks as the visitor types: the server's <c>search.json?q=</c>, or in a static copy
    /// the language's whole index, <c>search-index.json</c>, fetched once and searched in the browser.
    /// </summary>
    public static string LiveSearchPath(string language, bool staticExport) =>
        staticExport ? $"/{language}/search-index.json" : $"/{language}/search.json";

    public static readonly SearchText Arabic = new()
    {
        SiteSearch = "البحث في الموقع",
        Label = "ابحث في الأسئلة",
        Button = "بحث",
        Placeholder = "مثال: تفعيل الحساب",
        Hint = "مثال: كلمة المرور، مسار، NFC",
        Privacy = "لا تكتب هنا رمز مسار ولا كلمة المرور.",
        PageTitle = "البحث",
        NewSearch = "بحث جديد",
        Topic = "الموضوع",
        Guide = "دليل",
        NoResultsHelp = "جرّب كلمة أخرى أو طريقة كتابة مختلفة، أو تصفّح الأسئلة الشائعة حسب الموضوع.",
        BrowseFaq = "تصفّح الأسئلة الشائعة",
        Empty = "اكتب كلمة أو أكثر للبحث.",
        TooLong = $"نص البحث طويل جدًّا. اكتب ما لا يزيد على {SearchQueryText.MaxLength} حرف.",
        NoWords = "اكتب حروفًا أو أرقامًا للبحث، لا رموزًا فقط.",
        NeedsScript = "البحث في هذه النسخة من الموقع يعمل في متصفحك ويحتاج إلى تفعيل JavaScript.",
        NoResults = query => $"لم نجد أي نتيجة للبحث عن «{query}».",
        Closest = query => $"لا توجد نتيجة مطابقة تمامًا للبحث عن «{query}»، وهذه أقرب الأجوبة:",
        ResultsFor = (count, query) => $"{ArabicCount(count)} للبحث عن «{query}»",
        TitleFor = query => $"نتائج البحث عن «{query}»",
    };

    public static readonly SearchText English = new()
    {
        SiteSearch = "Site search",
        Label = "Search the questions",
        Button = "Search",
        Placeholder = "e.g. activation",
        Hint = "For example: password, Massar, NFC",
        Privacy = "Never type your Massar code or password here.",
        PageTitle = "Search",
        NewSearch = "New search",
        Topic = "Topic",
        Guide = "Guide",
        NoResultsHelp = "Try another word or spelling, or browse the FAQ by topic.",
        BrowseFaq = "Browse the FAQ",
        Empty = "Type one or more words to search.",
        TooLong = $"Your search is too long. Use at most {SearchQueryText.MaxLength} characters.",
        NoWords = "Use letters or numbers to search, not symbols only.",
        NeedsScript = "In this copy of the site, search runs in your browser and needs JavaScript.",
        NoResults = query => $"No results for “{query}”.",
        Closest = query => $"No exact match for “{query}”. The closest answers:",
        ResultsFor = (count, query) => count == 1 ? $"1 result for “{query}”" : $"{count} results for “{query}”",
        TitleFor = query => $"Results for “{query}”",
    };

    // Arabic counted nouns: one and two have their own forms, 3–10 take the plural, 11 and up the singular.
    private static string ArabicCount(int count) => (count % 100) switch
    {
        _ when count == 1 => "نتيجة واحدة",
        _ when count == 2 => "نتيجتان",
        >= 3 and <= 10 => $"{count} نتائج",
        _ => $"{count} نتيجة",
    };
}
