using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using MassarDalil.Content.Data;
using MassarDalil.Content.Webhooks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Web.Operations;

/// <summary>
/// Once a certificate is configured (<see cref="KeyEncryptionSettings"/>), retires the data-protection keys that are
/// not encrypted with it: those stored in the clear before it was set, and those of a certificate it replaced. The
/// framework would go on using such a key for up to 90 days and accept what it signed for as long as it is in the
/// database, so encrypting only the keys made from then on would leave a copy of the database (or a replaced
/// certificate) as useful to an attacker as before. The steps are ordered so that a stop at any point loses nothing:
/// a key under the current certificate is made first, the webhook secrets move to it, and only then are the old keys
/// revoked (so this server stops trusting them) and their rows deleted. Managers signed in before sign in again.
/// </summary>
internal sealed partial class KeyRetirementStep(
    IServiceScopeFactory scopes, IKeyManager keys, IDataProtectionProvider protection, ILogger<KeyRetirementStep> logger,
    KeyCertificate? certificate = null)
    : IDatabaseStartupStep
{
    /// <summary>The framework's own lifetime for a key it makes.</summary>
    private static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(90);

    /// <summary>How long the framework may take to start protecting with a new key; it takes milliseconds.</summary>
    private static readonly TimeSpan KeyRingReload = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The framework's own clock, which is the system's whatever the site's TimeProvider says: a key dated by another
    /// clock (a test's) could be one the framework never takes as its default.
    /// </summary>
    private static readonly TimeProvider Clock = TimeProvider.System;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (certificate is null)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var retired = (await db.DataProtectionKeys.ToListAsync(cancellationToken))
            .Select(row => (row, id: RetiredKeyId(row))).Where(key => key.id is not null).ToList();
        if (retired.Count == 0)
        {
            return;
        }
        var secrets = scope.ServiceProvider.GetRequiredService<WebhookSecrets>();
        var webhooks = await db.Webhooks.ToListAsync(cancellationToken);
        var revealed = webhooks.Select(webhook => (webhook, secret: TryReveal(secrets, webhook))).Where(w => w.secret is not null).ToList();

        var now = Clock.GetUtcNow();
        var current = keys.CreateNewKey(now, now + KeyLifetime);
        await UntilProtectingWithAsync(current.KeyId, cancellationToken);
        foreach (var (webhook, secret) in revealed)
        {
            webhook.Secret = secrets.Protect(secret!);
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (_, id) in retired)
        {
            keys.RevokeKey(id!.Value, "Not encrypted with DataProtection:Certificate");
        }
        db.DataProtectionKeys.RemoveRange(retired.Select(key => key.row));
        await db.SaveChangesAsync(cancellationToken);
        LogRetired(retired.Count, revealed.Count);
        if (webhooks.Count > revealed.Count)
        {
            LogUnreadableSecrets(webhooks.Count - revealed.Count);
        }
    }

    /// <summary>
    /// The secret, or null when the key it was encrypted with cannot be read (a certificate not listed in
    /// PreviousCertificates): it is lost either way, and must not stop the site from starting.
    /// </summary>
    private static string? TryReveal(WebhookSecrets secrets, Webhook webhook)
    {
        try
        {
            return secrets.Reveal(webhook.Secret);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>
    /// Waits until what is protected now is protected with <paramref name="keyId"/>. The framework reloads its key ring
    /// in the background after a key is made and meanwhile protects with the key before: secrets moved then would be
    /// moved to the very key about to be deleted. A protected payload names its key right after its 4-byte magic
    /// header (the documented payload format).
    /// </summary>
    private async Task UntilProtectingWithAsync(Guid keyId, CancellationToken cancellationToken)
    {
        var probe = protection.CreateProtector(nameof(KeyRetirementStep));
        var deadline = Clock.GetUtcNow() + KeyRingReload;
        while (new Guid(probe.Protect([]).AsSpan(4, 16)) != keyId)
        {
            if (Clock.GetUtcNow() > deadline)
            {
                throw new InvalidOperationException($"The new data-protection key {keyId} was not in use after {KeyRingReload.TotalSeconds} s; the old keys are kept.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(20), Clock, cancellationToken);
        }
    }

    /// <summary>
    /// The id of a key to retire: one whose master key is plain XML, or encrypted for another certificate (the
    /// framework's XML encryption names the certificate it used in the key's X509Certificate element); null for a key
    /// under the certificate and for a revocation, which is no key.
    /// </summary>
    private Guid? RetiredKeyId(DataProtectionKey row)
    {
        if (row.Xml is not { } xml || XElement.Parse(xml) is not { Name.LocalName: "key" } key)
        {
            return null;
        }
        var retire = key.Descendants().Any(e => e.Name.LocalName == "masterKey") ||
            key.Descendants().FirstOrDefault(e => e.Name.LocalName == "X509Certificate") is { } used &&
            X509CertificateLoader.LoadCertificate(Convert.FromBase64String(used.Value)).Thumbprint != certificate!.Certificate.Thumbprint;
        return retire ? Guid.Parse((string)key.Attribute("id")!) : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retired {Keys} data-protection keys not encrypted with DataProtection:Certificate and made one that is " +
        "({Webhooks} webhook secrets moved to it); managers signed in before must sign in again")]
    private partial void LogRetired(int keys, int webhooks);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} webhook secrets could not be read (their key's certificate is not in DataProtection:PreviousCertificates): " +
        "rotate them on each webhook's page")]
    private partial void LogUnreadableSecrets(int count);
}
