using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>The editor's choice of language for the manager's own words, kept in a cookie.</summary>
public sealed class LanguageModel(ManagerLanguages languages) : ManagerPageModel
{
    public IActionResult OnGet() => LocalRedirect("/manager");

    public IActionResult OnPost(string lang, string? returnUrl)
    {
        var chosen = languages.Find(lang) ?? ManagerLanguages.Default;
        Response.Cookies.Append(ManagerLanguages.CookieName, chosen, new CookieOptions
        {
            Path = ManagerExtensions.PathPrefix,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
        return LocalRedirect(LocalManagerPath(returnUrl));
    }
}
