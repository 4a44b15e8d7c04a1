using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MassarDalil.Content.Text;

/// <summary>
/// Keys are lower-case Latin letters and digits joined by single hyphens. Page addresses (slugs) may also be
/// Arabic (<c>تفعيل-الحساب</c>): see <see cref="IsValidAddress"/>.
/// </summary>
public static partial class Slug
{
    public const int MaxLength = 80;

    public static bool IsValid(string? value) => value is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(value);

    /// <summary>
    /// A page's address: Arabic letters, lower-case Latin letters (accented ones too, for French) and digits,
    /// joined by single hyphens, in NFC (<see cref="NormalizeAddress"/> gives that form). Harakat, tatweel, other
    /// scripts and presentation forms are refused: each would make a second spelling of the same address.
    /// </summary>
    public static bool IsValidAddress(string? value)
    {
        if (value is not { Length: > 0 and <= MaxLength } || !value.IsNormalized(NormalizationForm.FormC) || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }
        var previous = '\0';
        foreach (var c in value)
        {
            if (c == '-' ? previous == '-' : !IsAddressLetterOrDigit(c))
            {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /// <summary>What an editor typed, made into the stored form of an address: trimmed and NFC.</summary>
    public static string NormalizeAddress(string value) => value.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>An address in a URL path: each character outside RFC 3986's unreserved set percent-encoded as UTF-8.</summary>
    public static string EncodeAddress(string slug) => Uri.EscapeDataString(slug);

    private static bool IsAddressLetterOrDigit(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => true,
        // Arabic letters and Arabic-Indic digits; harakat (Mn) and tatweel (Lm) are not letters of an address.
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' =>
            CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber,
        // Latin-1 and Latin Extended lower-case letters (é, ç, à in French addresses).
        >= '\u00DF' and <= '\u024F' => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.LowercaseLetter,
        _ => false,
    };

    /// <summary>Makes a key from English text: "I forgot my username!" gives "i-forgot-my-username".</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '_' or '/' or '.')
            {
                Hyphen(builder);
            }
        }
        return Cut(builder);
    }

    /// <summary>
    /// A Latin key for text in any language: English as <see cref="From"/>, Arabic transliterated letter by letter
    /// ("كيف أسترجع القن السري؟" gives "kyf-astrja-alqn-alsry") from the first <paramref name="words"/> words.
    /// </summary>
    public static string KeyFor(string text, int words = 6)
    {
        if (!text.Any(c => ArabicLatin.Of(c) is { Length: > 0 }))
        {
            return From(text);
        }
        var builder = new StringBuilder();
        var seen = 0;
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var before = builder.Length;
            foreach (var c in word.Normalize(NormalizationForm.FormD).ToLowerInvariant())
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    builder.Append(c);
                }
                else if (ArabicLatin.Of(c) is { } latin)
                {
                    builder.Append(latin);
                }
                else if (c is '-' or '_' or '/' or '.')
                {
                    Hyphen(builder);
                }
            }
            if (builder.Length > before && ++seen == words)
            {
                break;
            }
            Hyphen(builder);
        }
        return Cut(builder);
    }

    private static void Hyphen(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[^1] != '-')
        {
            builder.Append('-');
        }
    }

    private static string Cut(StringBuilder builder)
    {
        var slug = builder.ToString().Trim('-');
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    // \z, not $: "$" would also accept a trailing newline.
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex Pattern();
}
