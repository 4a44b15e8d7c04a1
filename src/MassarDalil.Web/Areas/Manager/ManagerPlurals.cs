namespace MassarDalil.Web.Areas.Manager;

/// <summary>
/// A phrase with a count in it, in each form the two languages need. English has one and other; Arabic (CLDR)
/// has one (1), two (2), few (3 to 10), many (11 to 99) and other (0, 100, 101, ...), counted on the last two
/// digits. <c>{0}</c> is the number; later placeholders are the phrase's other values.
/// </summary>
public sealed record Plural(
    string EnglishOne, string EnglishOther,
    string ArabicOne, string ArabicTwo, string ArabicFew, string ArabicMany, string ArabicOther)
{
    public string English(long n) => n == 1 ? EnglishOne : EnglishOther;

    public string Arabic(long n) => (n % 100) switch
    {
        _ when n == 1 => ArabicOne,
        _ when n == 2 => ArabicTwo,
        >= 3 and <= 10 => ArabicFew,
        >= 11 and <= 99 => ArabicMany,
        _ => ArabicOther,
    };

    public IEnumerable<string> Forms => [EnglishOne, EnglishOther, ArabicOne, ArabicTwo, ArabicFew, ArabicMany, ArabicOther];
}

/// <summary>The manager's phrases with a count.</summary>
public static class ManagerPlurals
{
    public static readonly Plural Times = new("{0} time", "{0} times",
        "مرة واحدة", "مرتان", "{0} مرات", "{0} مرة", "{0} مرة");

    public static readonly Plural Pages = new("{0} page", "{0} pages",
        "صفحة واحدة", "صفحتان", "{0} صفحات", "{0} صفحة", "{0} صفحة");

    public static readonly Plural Topics = new("{0} topic", "{0} topics",
        "موضوع واحد", "موضوعان", "{0} مواضيع", "{0} موضوعًا", "{0} موضوع");

    public static readonly Plural Questions = new("{0} question", "{0} questions",
        "سؤال واحد", "سؤالان", "{0} أسئلة", "{0} سؤالًا", "{0} سؤال");

    public static readonly Plural Groups = new("{0} group", "{0} groups",
        "مجموعة واحدة", "مجموعتان", "{0} مجموعات", "{0} مجموعة", "{0} مجموعة");

    public static readonly Plural QuestionsMissingIn = new("{0} question missing in {1}:", "{0} questions missing in {1}:",
        "سؤال واحد ناقص في النسخة {1}:", "سؤالان ناقصان في النسخة {1}:", "{0} أسئلة ناقصة في النسخة {1}:", "{0} سؤالًا ناقصًا في النسخة {1}:", "{0} سؤال ناقص في النسخة {1}:");

    /// <summary>The groups of <c>lexicon.yml</c> an import brought (the synonym groups of the search).</summary>
    public static readonly Plural SearchWordGroups = new("{0} group of search words", "{0} groups of search words",
        "مجموعة واحدة من كلمات البحث", "مجموعتان من كلمات البحث", "{0} مجموعات من كلمات البحث", "{0} مجموعة من كلمات البحث", "{0} مجموعة من كلمات البحث");

    public static readonly Plural Redirects = new("{0} redirect", "{0} redirects",
        "تحويل واحد", "تحويلان", "{0} تحويلات", "{0} تحويلًا", "{0} تحويل");

    /// <summary>A site's texts (its texts.yml), counted by the import.</summary>
    public static readonly Plural SiteTexts = new("{0} set of site texts", "{0} sets of site texts",
        "مجموعة نصوص واحدة", "مجموعتا نصوص", "{0} مجموعات نصوص", "{0} مجموعة نصوص", "{0} مجموعة نصوص");

    public static IReadOnlyList<Plural> All { get; } = [Times, Pages, Topics, Questions, Groups, QuestionsMissingIn, SearchWordGroups, Redirects, SiteTexts];
}
