using MassarDalil.Content.Navigation;
using MassarDalil.Content.Published;
using MassarDalil.Content.SiteTexts;
using MassarDalil.Content.Text;
using MassarDalil.Web.Caching;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassarDalil.Web.PublicSite;

/// <summary>
/// What every public page gives the layout: its site and language, title, description, canonical
/// path and the same page in the other languages.
/// </summary>
[OutputCache(PolicyName = ContentCachePolicy.Name)]
public abstract class PublicPageModel(PublishedContent content) : PageModel
{
    private const int DescriptionLength = 160;

    /// <summary>The handler parameters that are part of an address; <c>q</c> and the like are what a visitor typed.</summary>
    private static readonly string[] AddressValues = ["lang", "slug", "key"];

    public PublishedSnapshot Snapshot { get; private set; } = null!;
    public PublishedSite Site { get; private set; } = null!;
    /// <summary>The site's published words (name, notices, labels), from the snapshot in memory.</summary>
    public SiteTextSet Texts { get; protected set; } = SiteTextSet.Empty;

    /// <summary>The header, footer and home groups: the site's published ones, or a draft's in the manager's preview.</summary>
    public PublishedNavigation Navigation { get; protected set; } = PublishedNavigation.Empty;

    public string PageTitle { get; protected set; } = "";
    public string MetaDescription { get; protected set; } = "";

    /// <summary>This page's path, e.g. <c>/ar/faq</c>.</summary>
    public string CanonicalPath { get; protected set; } = "/";

    /// <summary>The same page in each language (this one included), for hreflang and the language switch.</summary>
    public IReadOnlyList<Alternate> Alternates { get; protected set; } = [];

    /// <summary>Structured data for this page, already JSON; empty for none.</summary>
    public string JsonLd { get; protected set; } = "";

    /// <summary>Open Graph type: <c>website</c> for the site's own pages, <c>article</c> for a single answer or guide.</summary>
    public string OpenGraphType { get; protected set; } = "website";

    /// <summary>Pages that are not content (404, errors, search results): kept out of search engines, no canonical or hreflang.</summary>
    public bool NoIndex { get; protected set; }

    public string Language => Site.Site.Key;
    public bool RightToLeft => Site.Site.IsRightToLeft;
    public string Direction => Site.Site.Dir;
    public string SiteTitle => Texts["site.name"];
    public string Tagline => Texts["site.tagline"];
    public string OpenGraphLocale => OpenGraph.Locale(Site.Site.Culture);

    public string AbsoluteUrl(string path) => PublicUrls.Absolute(Request, path);

    /// <summary>A title or question as HTML, its Latin runs isolated on a right-to-left page.</summary>
    public IHtmlContent Isolate(string text) => BidiText.Isolate(text, RightToLeft);

    /// <summary>The site's text for <paramref name="key"/> as HTML, its <c>{0}</c>… filled with markup or plain text.</summary>
    public IHtmlContent Fill(string key, params object[] values) => FilledText.Html(Texts[key], values);

    /// <summary>Loads the snapshot and the site for <paramref name="language"/>; false when no such site.</summary>
    protected async Task<bool> LoadSiteAsync(string language)
    {
        await LoadSnapshotAsync();
        if (Snapshot.Find(language) is not { } site || site.Site.Key != language)
        {
            return false;
        }
        Site = site;
        Texts = site.Texts;
        Navigation = site.Navigation;
        return true;
    }

    /// <summary>
    /// For status pages: loads the site that <paramref name="originalPath"/> starts with, or the
    /// default site when the path names none. False only when there are no sites at all.
    /// </summary>
    protected async Task<bool> LoadSiteOfPathAsync(string originalPath)
    {
        var snapshot = await LoadSnapshotAsync();
        var first = originalPath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return await LoadSiteAsync(snapshot.Find(first)?.Site.Key ?? snapshot.Default?.Site.Key ?? "ar");
    }

    protected async Task<PublishedSnapshot> LoadSnapshotAsync() =>
        Snapshot = await content.GetAsync(HttpContext.RequestAborted);

    /// <summary>Alternates built from a path per site; a site without the page falls back to its home.</summary>
    protected IReadOnlyList<Alternate> AlternatesFor(Func<PublishedSite, string?> pathIn) =>
        Snapshot.Sites.Select(s => new Alternate(s.Site.Key, s.Texts["language.name"], pathIn(s) ?? PublicUrls.Home(s.Site.Key), pathIn(s) is not null))
            .ToList();

    /// <summary>Plain text made into a meta description: one line, cut at a word near 160 characters.</summary>
    protected static string Describe(string text)
    {
        var line = Spaces.Collapse(text);
        if (line.Length <= DescriptionLength)
        {
            return line;
        }
        var cut = line.LastIndexOf(' ', DescriptionLength - 1);
        return line[..(cut > DescriptionLength / 2 ? cut : DescriptionLength - 1)].TrimEnd(',', '،', ';', ':', '\u00A0', '\u202F') + "…";
    }

    /// <summary>
    /// A 301 to this page's <see cref="CanonicalPath"/>, query kept, when a GET or HEAD asked for it spelt otherwise
    /// (<see cref="PublicUrls.IsOtherSpelling"/>: <c>/AR/FAQ/</c>, <c>/fr/CRÉER-…</c>, an NFD Arabic slug, <c>/ar//faq</c>,
    /// <c>/ar</c> for <c>/ar/</c>); else null. The address comes from the page found, never from the request, so it
    /// is always this site's.
    /// </summary>
    protected IActionResult? ToOwnAddress() =>
        (HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method)) && PublicUrls.IsOtherSpelling(Request.Path.Value ?? "", CanonicalPath)
            ? RedirectPermanent(CanonicalPath + Request.QueryString)
            : null;

    /// <summary>A page about an address (404, 410) in the site's words <c>{stem}.title</c> and <c>{stem}.text</c>: kept out of search engines.</summary>
    protected void ShowStatus(int status, string stem)
    {
        Response.StatusCode = status;
        PageTitle = $"{Texts[$"{stem}.title"]} | {SiteTitle}";
        MetaDescription = Texts[$"{stem}.text"];
        NoIndex = true;
        Alternates = AlternatesFor(s => PublicUrls.Home(s.Site.Key));
    }

    /// <summary>
    /// One address per page. A GET or HEAD looks its page up by the language, slug or key in the form every one is
    /// stored in (<see cref="PublicUrls.FoldAddress"/>: NFC, lower case), and a page found at an address spelt otherwise
    /// (letter case, normalisation form, doubled or trailing slashes) is sent there for good (<see cref="ToOwnAddress"/>)
    /// instead of rendered and cached once per spelling. A variant that finds no page keeps its 404; a redirect the page
    /// itself answers (an old slug) goes straight to its end. Posts are left as they come: a redirect would drop their body.
    /// </summary>
    // NonHandler: Razor Pages would otherwise read the name as a handler.
    [NonHandler]
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method))
        {
            foreach (var name in AddressValues)
            {
                if (context.HandlerArguments.TryGetValue(name, out var value) && value is string text)
                {
                    context.HandlerArguments[name] = PublicUrls.FoldAddress(text);
                }
            }
        }
        var executed = await next();
        if (executed.Result is PageResult && Response.StatusCode == StatusCodes.Status200OK && ToOwnAddress() is { } redirect)
        {
            executed.Result = redirect;
        }
        OnPageHandlerExecuted(executed);
    }

    /// <summary>A page that rendered from the snapshot gets its Cache-Control and validators.</summary>
    // NonHandler: Razor Pages would otherwise read the name as a handler for the method "PAGE".
    [NonHandler]
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        if (context.Result is PageResult && Snapshot is { } snapshot)
        {
            PublicValidators.Set(Response, snapshot);
        }
    }
}

/// <param name="Exists">False when the other language has no such page and the link leads to its home.</param>
public sealed record Alternate(string Language, string LanguageName, string Path, bool Exists);
