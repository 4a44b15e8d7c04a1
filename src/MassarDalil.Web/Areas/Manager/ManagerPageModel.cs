using MassarDalil.Web.Areas.Manager.Accounts;
using MassarDalil.Web.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>What every manager page gives its layout: the reader's language, who is signed in, a message.</summary>
public abstract class ManagerPageModel : PageModel
{
    private ManagerText? _text;

    public ManagerText T => _text ??= ManagerText.For(HttpContext);

    /// <summary>The engine's problem codes in words (<see cref="Problems.ProblemWords"/>).</summary>
    protected ProblemWords ProblemWords => HttpContext.RequestServices.GetRequiredService<ProblemWords>();

    /// <summary>The signed-in user's email, as written in the audit log.</summary>
    public string Actor => User.Identity?.Name ?? "";

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;

    public string PageTitle { get; protected set; } = "";

    /// <summary>Why what the editor sent was not stored (the database failed), in English; the layout translates it.</summary>
    public string? Failure { get; protected set; }

    /// <summary>A short confirmation carried over a redirect, in English; the layout translates it.</summary>
    [TempData]
    public string? Flash { get; set; }

    /// <summary>A warning carried over a redirect, such as a form that had expired (<see cref="PostedForms"/>), in English.</summary>
    [TempData]
    public string? Warning { get; set; }

    /// <summary>What fills the flash's <c>{0}</c>, <c>{1}</c>… (names, times: not translated), one per line.</summary>
    [TempData]
    public string? FlashFill { get; set; }

    public string[]? FlashValues
    {
        get => FlashFill?.Split('\n');
        set => FlashFill = value is null ? null : string.Join('\n', value);
    }

    /// <summary>
    /// The browser tab's title for a page being edited. A title has one language, the manager's: a page written in
    /// another is named there by its public address rather than by words in its own language.
    /// </summary>
    protected string TitleFor(string phrase, MassarDalil.Content.Pages.Page page) => page.SiteKey == T.Language
        ? $"{phrase}: {page.Draft.Title}"
        : $"{phrase}: \u2066{Uri.UnescapeDataString(ManagerLinks.Public(page.SiteKey, page.Type, page.Slug))}\u2069";

    /// <summary>A path inside the manager to go back to, or the dashboard.</summary>
    protected string LocalManagerPath(string? returnUrl) =>
        returnUrl is { Length: > 1 } url && url.StartsWith("/manager", StringComparison.OrdinalIgnoreCase) && Url.IsLocalUrl(url) ? url : "/manager";

    protected IActionResult RedirectWithFlash(string path, string message)
    {
        (Flash, FlashValues) = (message, null);
        return LocalRedirect(path);
    }
}
