using System.Globalization;
using System.Text.Json;
using MassarDalil.Content.Audit;
using MassarDalil.Content.Data;
using MassarDalil.Content.Navigation;
using MassarDalil.Content.Scheduling;
using MassarDalil.Content.SiteTexts;
using MassarDalil.Content.Sites;
using Microsoft.Extensions.Localization;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>
/// The manager's own words in the editor's language (the request's culture, chosen by <see cref="ManagerLanguages"/>).
/// Templates write the English text (<c>T["Save draft"]</c>); the other languages come from the .resx files under
/// Resources/Areas/Manager, and a test checks that each has every phrase.
/// </summary>
public sealed class ManagerText(IStringLocalizer<ManagerResources> words, ManagerLanguages languages, IHttpContextAccessor http)
{
    private TimeZoneInfo? _zone;

    public const string CookieName = ManagerLanguages.CookieName;

    /// <summary>For dates and numbers (<c>ar-MA</c>, <c>en-GB</c>).</summary>
    public CultureInfo Culture => CultureInfo.CurrentCulture;

    /// <summary>The language of the words, as in the page's <c>lang</c>.</summary>
    public string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public string Direction => (CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft ? TextDirection.Rtl : TextDirection.Ltr).Name();

    /// <summary>The zone the editor reads times in (<see cref="EditorTimeZone"/>); UTC outside a request.</summary>
    public TimeZoneInfo TimeZone => _zone ??= http.HttpContext is { } context ? EditorTimeZone.For(context) : TimeZoneInfo.Utc;

    /// <summary>The other languages, for the switch: each key with its own name for itself.</summary>
    public IEnumerable<(string Key, string Name)> Others =>
        languages.Keys.Where(k => k != Language).Select(k => (k, OwnName(k)));

    /// <summary>
    /// A language's name in itself as a switch writes it: .NET gives French as «français», a word inside a sentence;
    /// alone on a button it takes a capital in its own language's rules.
    /// </summary>
    private static string OwnName(string key)
    {
        var culture = CultureInfo.GetCultureInfo(key);
        var name = culture.NativeName;
        return name.Length == 0 ? key : culture.TextInfo.ToUpper(name[0]) + name[1..];
    }

    /// <summary>
    /// The words manager.js writes itself (its Markdown toolbar, prompts, the warning before leaving unsaved changes),
    /// as a JSON object for the page to carry: the script holds no language of its own, so a translation file is all a
    /// new language needs.
    /// </summary>
    public string ScriptWords() => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["bold"] = this["Bold"],
        ["link"] = this["Link"],
        ["list"] = this["List"],
        ["toolbar"] = this["Formatting"],
        ["preview"] = this["Preview"],
        ["leave"] = this["Changes are not saved. Leave anyway?"],
        ["address"] = this["Address of the link (such as https://www.men.gov.ma):"],
        ["unsafe"] = this["This address is not accepted: use one starting with https:// or an address on this site."],
    });

    public string this[string english] => words[english];

    public string Format(string english, params object[] values) =>
        string.Format(Culture, this[english], values);

    /// <summary>A phrase with a count, in the form this count takes in this language ("1 time", "مرتان").</summary>
    public string Count(long n, Plural plural, params object[] more)
    {
        var form = words[plural.Form(PluralRules.Category(CultureInfo.CurrentUICulture, n))];
        var text = form.ResourceNotFound ? words[plural.Form(PluralRules.Other)].Value : form.Value;
        return string.Format(Culture, text, [n, .. more]);
    }

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
    public string When(DateTimeOffset at) => IsSeedTime(at) ? this["Imported with the seed"] :
        "\u2066" + TimeZoneInfo.ConvertTime(at, TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "\u2069";

    /// <summary>A zone as times name it ("Africa/Casablanca"), isolated so that inside Arabic it reads as written.</summary>
    public static string ZoneName(TimeZoneInfo zone) => "\u2066" + zone.Id + "\u2069";

    /// <summary>A scheduled change in a list (the dashboard, a page's status): when, in the zone it is shown in, named.</summary>
    public string Scheduled(ScheduledChange change) =>
        Format(change.Action == ScheduledActions.Publish ? "Publishes on {0} ({1} time)" : "Comes off the site on {0} ({1} time)",
            When(change.DueAt), ZoneName(TimeZone));

    /// <summary>The same moment for a <c>time</c> element's <c>datetime</c> (whole seconds, UTC).</summary>
    public static string Machine(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Who did something or what it was done to, as the audit log stores it: an editor's email or a page's key stays as
    /// written; the seed the site was first filled from (<see cref="DatabaseInitializer.SeedActor"/>) and a failed
    /// sign-in to no account (<see cref="AuditActors.UnknownAccount"/>) are named in words.
    /// </summary>
    public string Name(string? stored) => stored switch
    {
        DatabaseInitializer.SeedActor => this["the seed"],
        AuditActors.UnknownAccount => this["Unknown account"],
        _ => stored ?? "",
    };

    /// <summary>
    /// What an audit entry was done to. A site's texts and navigation are pages whose keys are the engine's
    /// (<c>fr/_texts</c>), which tell an editor nothing: they are named as their own pages' titles name them
    /// ("Site texts: French"); anything else as <see cref="Name"/> does.
    /// </summary>
    public string Target(string? stored) => stored?.Split('/') is [var site, var key] && TitleOfReservedPage(key) is { } title
        ? Format(title, SiteName(site))
        : Name(stored);

    private static string? TitleOfReservedPage(string key) => key switch
    {
        SiteTextsPage.Key => "Site texts: {0}",
        NavigationPage.Key => "Navigation: {0}",
        _ => null,
    };

    /// <summary>
    /// A site's language in the editor's words: its English name ("Arabic", "French") is the resource key, so a new
    /// language needs one line in each .resx, not code; the key itself while no resource names it.
    /// </summary>
    public string SiteName(string siteKey)
    {
        string english;
        try
        {
            english = CultureInfo.GetCultureInfo(siteKey).EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return siteKey;
        }
        var name = words[english];
        return name.ResourceNotFound ? siteKey : name.Value;
    }

    /// <summary>The words for this request, in the culture the manager's request localisation chose.</summary>
    public static ManagerText For(HttpContext context) => context.RequestServices.GetRequiredService<ManagerText>();
}
