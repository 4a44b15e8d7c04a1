using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace MassarDalil.Web.Areas.Manager.Accounts;

/// <summary>
/// A session that has just proved the one-time password may choose the new one without typing it again.
/// The mark lives in the sign-in cookie's own properties (encrypted, kept when the session is refreshed),
/// is set only by a successful sign-in, and counts only for a short while and while the account still
/// requires the change; any other session must give its current password.
/// </summary>
public static class OneTimeSignIn
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private const string Item = "massar.one-time-sign-in";

    public static void Mark(AuthenticationProperties session, DateTimeOffset now) =>
        session.Items[Item] = now.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Whether this request's session signed in with the one-time password within <see cref="Window"/>.</summary>
    public static async Task<bool> IsFreshAsync(HttpContext context, DateTimeOffset now)
    {
        var auth = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return auth.Succeeded
            && auth.Properties.Items.TryGetValue(Item, out var value)
            && DateTimeOffset.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            && at <= now && now - at < Window;
    }
}
