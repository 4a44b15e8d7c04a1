using System.Globalization;
using MassarDalil.Content.Sites;
using MassarDalil.Web.Http;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>
/// The manager's own words in the editor's language. Templates write the English text
/// (<c>T["Save draft"]</c>); Arabic comes from <see cref="ManagerArabic"/>. A test checks that
/// every phrase used in the manager has its Arabic.
/// </summary>
public sealed class ManagerText
{
    public const string CookieName = "manager-lang";

    private ManagerText(string language) => Language = language;

    public static ManagerText Arabic { get; } = new("ar");
    public static ManagerText English { get; } = new("en");

    /// <summary>The zone the editor reads times in (<see cref="EditorTimeZone"/>); UTC where no request says.</summary>
    public TimeZoneInfo TimeZone { get; private init; } = TimeZoneInfo.Utc;

    public string Language { get; }
    public bool IsArabic => Language == "ar";
    public string Direction => (IsArabic ? TextDirection.Rtl : TextDirection.Ltr).Name();
    public CultureInfo Culture => IsArabic ? CultureInfo.GetCultureInfo("ar-MA") : CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The other language, for the switch.</summary>
    public ManagerText Other => IsArabic ? English : Arabic;
    public string LanguageName => IsArabic ? "العربية" : "English";

    public string this[string english] =>
        IsArabic && ManagerArabic.Phrases.TryGetValue(english, out var arabic) ? arabic : english;

    public string Format(string english, params object[] values) =>
        string.Format(Culture, this[english], values);

    /// <summary>A phrase with a count, in the form this count takes in this language ("1 time", "مرتان").</summary>
    public string Count(long n, Plural plural, params object[] more) =>
        string.Format(Culture, IsArabic ? plural.Arabic(n) : plural.English(n), [n, .. more]);

    /// <summary>
    /// Before this the site did not exist: such a time is a placeholder the seed wrote (the Unix epoch),
    /// not a moment anyone did anything.
    /// </summary>
    public static readonly DateTimeOffset SiteBirth = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool IsSeedTime(DateTimeOffset at) => at < SiteBirth;

    /// <summary>
    /// A date and time with Latin digits, as written in Morocco in both languages. Wrapped in
    /// Unicode isolates so that inside Arabic text it still reads left to right, date first.
    /// </summary>
    public string When(DateTimeOffset at) => IsSeedTime(at) ? this["imported with the seed"] :
        "\u2066" + TimeZoneInfo.ConvertTime(at, TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "\u2069";

    /// <summary>The same moment for a <c>time</c> element's <c>datetime</c> (whole seconds, UTC).</summary>
    public static string Machine(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public string SiteName(string siteKey) => siteKey switch
    {
        "ar" => this["Arabic"],
        "en" => this["English"],
        _ => siteKey,
    };

    /// <summary>The editor's choice (cookie), else the browser's language when it is one of ours, else Arabic (<see cref="LanguagePreference"/>).</summary>
    public static ManagerText For(HttpContext context) =>
        new(LanguagePreference.Choose(context.Request, CookieName, [Arabic.Language, English.Language]) == English.Language ? English.Language : Arabic.Language)
        {
            TimeZone = EditorTimeZone.For(context),
        };
}
