using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace MassarDalil.Web.Areas.Manager.Accounts;

/// <summary>
/// The manager cookie's lifetime: a sliding idle timeout, and an absolute end counted from sign-in, which the
/// sliding renewal would otherwise push back for as long as the cookie is used. Each request then checks the
/// user's security stamp against the database (<see cref="ManagerExtensions"/> sets the interval to zero), so
/// signing out, which changes the stamp, ends the session on every server, not only in this browser.
/// </summary>
internal static class SessionLifetime
{
    private const string SignedInAtKey = "massar.signed-in-at";

    public static void Apply(CookieAuthenticationOptions cookie, ManagerSessionOptions session)
    {
        cookie.ExpireTimeSpan = session.IdleTimeout;
        cookie.SlidingExpiration = true;
        var checkStamp = cookie.Events.OnValidatePrincipal;
        var signingIn = cookie.Events.OnSigningIn;
        cookie.Events.OnSigningIn = context =>
        {
            // A refreshed sign-in (after a password change) keeps the properties, and with them the first time.
            context.Properties.Items.TryAdd(SignedInAtKey, Now(context.Options).ToString("O", CultureInfo.InvariantCulture));
            return signingIn(context);
        };
        cookie.Events.OnValidatePrincipal = async context =>
        {
            if (!context.Properties.Items.TryGetValue(SignedInAtKey, out var text) ||
                !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt) ||
                Now(context.Options) - signedInAt >= session.AbsoluteLifetime)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
            await checkStamp(context);
        };
    }

    private static DateTimeOffset Now(CookieAuthenticationOptions options) => (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
}
