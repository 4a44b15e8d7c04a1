using MassarDalil.Content.Published;
using MassarDalil.Web.Http;
using Microsoft.Net.Http.Headers;

namespace MassarDalil.Web.PublicSite;

/// <summary>Picks the language for <c>/</c>: the visitor's cookie, then Accept-Language, then the default site.</summary>
public static class LanguageChooser
{
    public const string CookieName = "lang";

    /// <summary>A site's key by <see cref="LanguagePreference"/>; Arabic while no site is loaded.</summary>
    public static string Choose(HttpRequest request, PublishedSnapshot snapshot) =>
        snapshot.Sites.Count == 0 ? "ar" : LanguagePreference.Choose(request, CookieName, [.. snapshot.Sites.Select(s => s.Site.Key)]);

    public static async Task<IResult> RedirectAsync(HttpContext context, PublishedContent content)
    {
        var snapshot = await content.GetAsync(context.RequestAborted);
        context.Response.Headers.Vary = new[] { HeaderNames.AcceptLanguage, HeaderNames.Cookie };
        context.Response.Headers.CacheControl = "private, no-cache";
        return Results.Redirect($"/{Choose(context.Request, snapshot)}/");
    }
}
