namespace MassarDalil.Web.PublicSite;

/// <summary>
/// The public site's own words (labels, notices), per language. Content lives in the database;
/// these few strings belong to the templates and change with them.
/// </summary>
public sealed record UiText
{
    public required string LanguageName { get; init; }
    public required string SkipToContent { get; init; }
    public required string Topics { get; init; }
    public required string IndependentNotice { get; init; }
    public required string NoPasswordNotice { get; init; }
    public required string OfficialSites { get; init; }
    public required string StudentPortal { get; init; }
    public required string MassarPortal { get; init; }
    public required string FaqLink { get; init; }
    public required string Share { get; init; }
    public required string LinkCopied { get; init; }
    public required string QuestionLink { get; init; }
    public required string BackToFaq { get; init; }
    public required string MoreInTopic { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string ErrorTitle { get; init; }
    public required string ErrorText { get; init; }
    public required string SharePage { get; init; }
    public required string GoHome { get; init; }
    public required string Breadcrumb { get; init; }
    public required string Home { get; init; }
    public required string LanguageSwitchLabel { get; init; }
    public required string MainNavigation { get; init; }
    public required string PreviousTopic { get; init; }
    public required string NextTopic { get; init; }
    public required string PartUnavailable { get; init; }

    public static UiText For(string language) => language == "en" ? English : Arabic;

    public static readonly UiText Arabic = new()
    {
        LanguageName = "العربية",
        SkipToContent = "انتقل إلى المحتوى",
        Topics = "المواضيع",
        IndependentNotice = "«دليل مسار» دليل مستقل، وليس موقع وزارة التربية الوطنية.",
        NoPasswordNotice = "لن نطلب منك أبدًا اسم المستخدم أو كلمة المرور.",
        OfficialSites = "المواقع الرسمية",
        StudentPortal = "بوابة التلاميذ",
        MassarPortal = "بوابة مسار",
        FaqLink = "الأسئلة الشائعة",
        Share = "مشاركة",
        LinkCopied = "تم نسخ الرابط",
        QuestionLink = "رابط هذا السؤال",
        BackToFaq = "العودة إلى كل الأسئلة",
        MoreInTopic = "أسئلة أخرى في هذا الموضوع",
        NotFoundTitle = "الصفحة غير موجودة",
        NotFoundText = "لم نجد الصفحة التي تبحث عنها. ربما تغيّر رابطها أو حُذفت.",
        ErrorTitle = "حدث خطأ",
        ErrorText = "تعذّر علينا عرض هذه الصفحة الآن. حاول مرة أخرى بعد قليل.",
        SharePage = "مشاركة هذه الصفحة",
        GoHome = "الصفحة الرئيسية",
        Breadcrumb = "مسار التنقل",
        Home = "الرئيسية",
        LanguageSwitchLabel = "اللغة",
        MainNavigation = "القائمة الرئيسية",
        PreviousTopic = "الموضوع السابق",
        NextTopic = "الموضوع التالي",
        PartUnavailable = "تعذّر عرض هذا الجزء الآن. يُرجى العودة إليه لاحقًا.",
    };

    public static readonly UiText English = new()
    {
        LanguageName = "English",
        SkipToContent = "Skip to content",
        Topics = "Topics",
        IndependentNotice = "Massar Dalil is an independent guide, not the Ministry of National Education's site.",
        NoPasswordNotice = "We will never ask for your username or password.",
        OfficialSites = "Official sites",
        StudentPortal = "Student portal",
        MassarPortal = "Massar portal",
        FaqLink = "FAQ",
        Share = "Share",
        LinkCopied = "Link copied",
        QuestionLink = "Link to this question",
        BackToFaq = "Back to all questions",
        MoreInTopic = "More in this topic",
        NotFoundTitle = "Page not found",
        NotFoundText = "We could not find the page you were looking for. Its address may have changed, or it may have been removed.",
        ErrorTitle = "Something went wrong",
        ErrorText = "We could not show this page just now. Please try again in a moment.",
        SharePage = "Share this page",
        GoHome = "Home page",
        Breadcrumb = "Breadcrumb",
        Home = "Home",
        LanguageSwitchLabel = "Language",
        MainNavigation = "Main navigation",
        PreviousTopic = "Previous topic",
        NextTopic = "Next topic",
        PartUnavailable = "This part cannot be shown right now. Please come back to it later.",
    };
}
