using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MassarDalil.Content.Webhooks;

/// <summary>
/// How a receiver knows a delivery came from us and was not replayed: HMAC-SHA256 with the
/// webhook's secret over <c>timestamp + "." + body</c>, sent as <c>X-Massar-Signature: sha256=hex</c>
/// beside <c>X-Massar-Timestamp</c> (Unix seconds). Receivers should refuse old timestamps.
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-Massar-Timestamp";
    public const string SignatureHeader = "X-Massar-Signature";
    public const string EventHeader = "X-Massar-Event";
    public const string EventIdHeader = "X-Massar-Event-Id";
    public const string DeliveryHeader = "X-Massar-Delivery";
    private const string Prefix = "sha256=";

    public static string Sign(string secret, long timestamp, string body)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return Prefix + Convert.ToHexStringLower(mac);
    }

    /// <summary>Checks a signature in constant time, as a receiver would.</summary>
    public static bool Verify(string secret, long timestamp, string body, string signature) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));

    /// <summary>A new random secret: 32 bytes, URL-safe base64.</summary>
    public static string NewSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
