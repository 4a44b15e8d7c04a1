using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MassarDalil.Content.Webhooks;

/// <summary>
/// The headers the site sent before it adopted Standard Webhooks: <c>X-Massar-Signature: sha256=hex</c>, the
/// HMAC-SHA256 of <c>timestamp.body</c>, beside <c>X-Massar-Timestamp</c> and <c>X-Massar-Event-Id</c>. Still sent,
/// beside the standard ones, to a webhook whose secret predates <c>whsec_</c>, so its receiver keeps working until
/// an Admin rotates the secret; from then on only the standard headers go.
/// </summary>
public static class LegacyWebhookSignature
{
    public const string TimestampHeader = "X-Massar-Timestamp";
    public const string SignatureHeader = "X-Massar-Signature";
    public const string EventIdHeader = "X-Massar-Event-Id";

    public static string Sign(string secret, long timestamp, string body)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
