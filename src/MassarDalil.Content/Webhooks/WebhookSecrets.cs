using Microsoft.AspNetCore.DataProtection;

namespace MassarDalil.Content.Webhooks;

/// <summary>
/// Webhook secrets at rest: encrypted with the Data Protection key ring every server already shares (it lives in
/// the database), so a copy of the Webhooks table alone (an export, a leaked backup of one table, a query in a
/// log) does not hand out the keys that sign our events. A secret stored before encryption (no marker) is still
/// read as written; the site encrypts those when it starts (<see cref="WebhookService.ProtectStoredSecretsAsync"/>).
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider protection)
{
    private const string Marker = "dp1:";
    private readonly IDataProtector _protector = protection.CreateProtector("MassarDalil.Webhooks.Secret");

    public string Protect(string secret) => Marker + _protector.Protect(secret);

    /// <exception cref="System.Security.Cryptography.CryptographicException">The key that encrypted it is gone.</exception>
    public string Reveal(string stored) => IsProtected(stored) ? _protector.Unprotect(stored[Marker.Length..]) : stored;

    public static bool IsProtected(string stored) => stored.StartsWith(Marker, StringComparison.Ordinal);
}
