using System.Net;
using MassarDalil.Content.Published;
using MassarDalil.Web.Security;

namespace MassarDalil.Cli.StaticExport;

/// <summary>
/// What stands in for a redirect in the export (the site's <c>/</c> sends visitors to their language): a page
/// whose script chooses the language as the site would (cookie, then the browser's languages), which moves on
/// by meta refresh without script, and which links every language's home for a browser that does neither.
/// </summary>
internal static class RedirectPage
{
    /// <remarks>It carries the site's page policy in a meta element, as the exported pages do (see _Layout).</remarks>
    public static string Html(string target, PublishedSnapshot snapshot)
    {
        var first = snapshot.Default?.Site ?? throw new InvalidOperationException("there is no published site to export");
        var links = string.Concat(snapshot.Sites.Select(s =>
            $"""<li><a href="/{s.Site.Key}/" hreflang="{s.Site.Key}" lang="{s.Site.Key}" dir="{s.Site.Dir}">{WebUtility.HtmlEncode(s.Texts["site.name"])}</a></li>"""));
        var encodedTarget = WebUtility.HtmlEncode(target);
        return $"""
            <!DOCTYPE html>
            <html lang="{first.Key}" dir="{first.Dir}">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{WebUtility.HtmlEncode(SecurityHeaders.PagePolicy)}">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <noscript><meta http-equiv="refresh" content="0; url={encodedTarget}"></noscript>
            <link rel="icon" href="/favicon.svg" type="image/svg+xml">
            <script src="/js/language-chooser.js" defer></script>
            <title>{WebUtility.HtmlEncode(first.Title)}</title>
            </head>
            <body>
            <main>
            <h1>{WebUtility.HtmlEncode(first.Title)}</h1>
            <ul>{links}</ul>
            </main>
            </body>
            </html>

            """;
    }
}
