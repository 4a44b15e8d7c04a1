using MassarDalil.Content.Published;
using Microsoft.Net.Http.Headers;

namespace MassarDalil.Web.PublicSite;

/// <summary>Picks the language for <c>/</c>: the visitor's cookie, then Accept-Language, then the default site.</summary>
public static class LanguageChooser
{
    public const string CookieName = "lang";

    public static string Choose(HttpRequest request, PublishedSnapshot snapshot)
    {
        if (request.Cookies.TryGetValue(CookieName, out var cookie) && snapshot.Find(cookie) is { } chosen)
        {
            return chosen.Site.Key;
        }
        var accepted = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var language in accepted)
        {
            var primary = language.Value.Value?.Split('-')[0];
            if (snapshot.Find(primary) is { } site)
            {
                return site.Site.Key;
            }
        }
        return snapshot.Default?.Site.Key ?? "ar";
    }

    public static async Task<IResult> RedirectAsync(HttpContext context, PublishedContent content)
    {
        var snapshot = await content.GetAsync(context.RequestAborted);
        context.Response.Headers.Vary = new[] { HeaderNames.AcceptLanguage, HeaderNames.Cookie };
        context.Response.Headers.CacheControl = "private, no-cache";
        return Results.Redirect($"/{Choose(context.Request, snapshot)}/");
    }
}
