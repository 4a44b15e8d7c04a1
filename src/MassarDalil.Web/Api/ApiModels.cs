using System.ComponentModel;
using System.Text.Json.Serialization;

namespace MassarDalil.Web.Api;

// What the API returns. Links are root-relative, so they hold behind any host name or proxy.

public sealed record ApiSiteList(IReadOnlyList<ApiSite> Sites);

/// <param name="Direction"><c>rtl</c> or <c>ltr</c>.</param>
public sealed record ApiSite(string Key, string Culture, string Direction, string Title, string Tagline, string Url, string PagesUrl);

public sealed record ApiPageList(string Lang, IReadOnlyList<ApiPageSummary> Pages);

/// <param name="Updated">When the published revision was made.</param>
public sealed record ApiPageSummary(string Key, string Type, string Slug, string Title, DateTimeOffset Updated, string Url, string ApiUrl);

/// <param name="Key">The translation key, shared by the same page in every language.</param>
/// <param name="Body">The introduction (FAQ, home) or the whole text (guide).</param>
public sealed record ApiPage(
    string Key, string Lang, string Type, string Slug, string Title, string Description, int Revision, DateTimeOffset Updated,
    string Url, ApiText Body, IReadOnlyList<ApiTopic> Topics, IReadOnlyList<ApiTranslation> Translations);

/// <summary>
/// Text in both forms: safe HTML as the site shows it, and the Markdown it was written in. Text the renderer refused
/// (stored before the save check refused such text) has an empty <c>html</c>, <c>unavailable: true</c> and the note
/// the site shows in its place.
/// </summary>
public sealed record ApiText(
    string Html,
    string Markdown,
    [property: Description("True when this text could not be rendered: html is empty and the site shows note in its place. Shown again once an editor corrects and republishes it.")]
    bool Unavailable = false,
    [property: Description("Only when unavailable: the note visitors see instead of the text, in the site's language.")]
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    string? Note = null);

public sealed record ApiTopic(string Key, string Title, IReadOnlyList<ApiQuestion> Questions);

public sealed record ApiQuestion(string Key, string Question, ApiText Answer, string Url, string ApiUrl);

/// <summary>The same page or question in another language.</summary>
public sealed record ApiTranslation(string Lang, string Title, string Url, string ApiUrl);

public sealed record ApiFaqQuestion(
    string Key, string Lang, string Question, ApiText Answer, ApiTopicRef Topic, string Url, string FaqUrl,
    DateTimeOffset Updated, IReadOnlyList<ApiTranslation> Translations);

public sealed record ApiTopicRef(string Key, string Title);
