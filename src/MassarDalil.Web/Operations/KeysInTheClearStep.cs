using System.Xml.Linq;
using MassarDalil.Content.Data;
using MassarDalil.Content.Webhooks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Web.Operations;

/// <summary>
/// Once a certificate is configured (<see cref="KeyEncryptionSettings"/>), retires the data-protection keys stored in
/// the clear before it: the framework would go on using them for up to 90 days, and would accept what they sign for as
/// long as they are in the database, so encrypting only the keys made from then on would leave a copy of the database
/// as useful to an attacker as before. The steps are ordered so that a stop at any point loses nothing: an encrypted
/// key is made first, the webhook secrets move to it, and only then are the old keys revoked (so this server stops
/// trusting them at once) and their rows deleted. Managers signed in before sign in again; nothing else changes.
/// </summary>
internal sealed partial class KeysInTheClearStep(
    IServiceScopeFactory scopes, IKeyManager keys, IDataProtectionProvider protection, ILogger<KeysInTheClearStep> logger,
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
        var clear = (await db.DataProtectionKeys.ToListAsync(cancellationToken)).Where(InTheClear).ToList();
        if (clear.Count == 0)
        {
            return;
        }
        var secrets = scope.ServiceProvider.GetRequiredService<WebhookSecrets>();
        var webhooks = await db.Webhooks.ToListAsync(cancellationToken);
        var revealed = webhooks.Select(webhook => (webhook, secret: secrets.Reveal(webhook.Secret))).ToList();

        var now = Clock.GetUtcNow();
        var encrypted = keys.CreateNewKey(now, now + KeyLifetime);
        await UntilProtectingWithAsync(encrypted.KeyId, cancellationToken);
        foreach (var (webhook, secret) in revealed)
        {
            webhook.Secret = secrets.Protect(secret);
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var key in clear)
        {
            keys.RevokeKey(KeyId(key), "Stored in the clear before DataProtection:Certificate was set");
        }
        db.DataProtectionKeys.RemoveRange(clear);
        await db.SaveChangesAsync(cancellationToken);
        LogRetired(clear.Count, webhooks.Count);
    }

    /// <summary>
    /// Waits until what is protected now is protected with <paramref name="keyId"/>. The framework reloads its key ring
    /// in the background after a key is made and meanwhile protects with the key before: secrets moved then would be
    /// moved to the very key about to be deleted. A protected payload names its key right after its 4-byte magic
    /// header (the documented payload format).
    /// </summary>
    private async Task UntilProtectingWithAsync(Guid keyId, CancellationToken cancellationToken)
    {
        var probe = protection.CreateProtector(nameof(KeysInTheClearStep));
        var deadline = Clock.GetUtcNow() + KeyRingReload;
        while (new Guid(probe.Protect([]).AsSpan(4, 16)) != keyId)
        {
            if (Clock.GetUtcNow() > deadline)
            {
                throw new InvalidOperationException($"The new data-protection key {keyId} was not in use after {KeyRingReload.TotalSeconds} s; the keys stored in the clear are kept.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(20), Clock, cancellationToken);
        }
    }

    /// <summary>A key element whose master key is plain XML; an encrypted one holds an encryptedSecret in its place.</summary>
    private static bool InTheClear(DataProtectionKey row) =>
        row.Xml is { } xml && XElement.Parse(xml) is { Name.LocalName: "key" } key && key.Descendants().Any(e => e.Name.LocalName == "masterKey");

    private static Guid KeyId(DataProtectionKey row) => Guid.Parse((string)XElement.Parse(row.Xml!).Attribute("id")!);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retired {Keys} data-protection keys stored in the clear and encrypted a new one with DataProtection:Certificate " +
        "({Webhooks} webhook secrets moved to it); managers signed in before must sign in again")]
    private partial void LogRetired(int keys, int webhooks);
}
