using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MassarDalil.Content.Webhooks;

/// <summary>
/// How a receiver knows a delivery came from us, unchanged and not replayed: the Standard Webhooks scheme
/// (standardwebhooks.com), so receivers can use its ready libraries. <c>webhook-id</c> is the event id (the same
/// on every retry), <c>webhook-timestamp</c> Unix seconds, and <c>webhook-signature</c> is <c>v1,</c> and the base64
/// HMAC-SHA256 of <c>id.timestamp.body</c>. Secrets are <c>whsec_</c> and the base64 of the key.
/// </summary>
public static class WebhookSignature
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    /// <summary>The event type, so a receiver can route before reading the body.</summary>
    public const string EventHeader = "X-Massar-Event";
    public const string DeliveryHeader = "X-Massar-Delivery";

    public const string SecretPrefix = "whsec_";
    private const string Version = "v1,";

    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var signed = Encoding.UTF8.GetBytes(id + "." + timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return Version + Convert.ToBase64String(HMACSHA256.HashData(Key(secret), signed));
    }

    /// <summary>Checks, in constant time, whether any of the space-separated signatures in <paramref name="header"/> is ours.</summary>
    public static bool Verify(string secret, string id, long timestamp, string body, string header)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(secret, id, timestamp, body));
        var found = false;
        foreach (var signature in header.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            found |= CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
        }
        return found;
    }

    /// <summary>A new secret: 32 random bytes, as Standard Webhooks writes them.</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// The HMAC key of a secret. A secret made before the site adopted Standard Webhooks has no <c>whsec_</c>
    /// prefix: its key is its own UTF-8 bytes, as it always was, so its receiver keeps working unchanged.
    /// </summary>
    public static byte[] Key(string secret) =>
        IsStandard(secret) ? Convert.FromBase64String(secret[SecretPrefix.Length..]) : Encoding.UTF8.GetBytes(secret);

    public static bool IsStandard(string secret) => secret.StartsWith(SecretPrefix, StringComparison.Ordinal);
}
