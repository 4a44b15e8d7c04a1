using System.Security.Cryptography;

namespace MassarDalil.Content.Media;

/// <summary>The fingerprint that names an image: the start of the SHA-256 of its stored bytes, in lower-case hex.</summary>
public static class MediaHash
{
    /// <summary>64 bits: more than enough to tell a site's images apart, short enough to read in Markdown.</summary>
    public const int Length = 16;

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..Length];

    public static bool IsValid(string? hash) =>
        hash is { Length: Length } && hash.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
