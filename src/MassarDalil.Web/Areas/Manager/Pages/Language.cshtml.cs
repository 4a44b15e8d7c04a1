using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>The editor's choice of language for the manager's own words, kept in a cookie.</summary>
public sealed class LanguageModel : ManagerPageModel
{
    public IActionResult OnGet() => LocalRedirect("/manager");

    public IActionResult OnPost(string lang, string? returnUrl)
    {
        Response.Cookies.Append(ManagerText.CookieName, lang == "en" ? "en" : "ar", new CookieOptions
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
