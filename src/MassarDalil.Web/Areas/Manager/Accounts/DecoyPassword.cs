using Microsoft.AspNetCore.Identity;

namespace MassarDalil.Web.Areas.Manager.Accounts;

/// <summary>
/// The password check for an attempt that has no account to check (an unknown email, a disabled account):
/// the same hashing work as a real one, so the time the sign-in takes does not tell which emails have accounts.
/// </summary>
public sealed class DecoyPassword
{
    private static readonly IdentityUser Nobody = new();
    private string? _hash;

    public void Verify(IPasswordHasher<IdentityUser> hasher, string password)
    {
        // Made once, by the site's own hasher, so it costs what a stored password costs.
        var hash = _hash ??= hasher.HashPassword(Nobody, PasswordGenerator.Generate());
        hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
