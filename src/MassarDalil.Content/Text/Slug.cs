using System.Text;
using System.Text.RegularExpressions;

namespace MassarDalil.Content.Text;

/// <summary>Keys and slugs: lower-case Latin letters and digits joined by single hyphens.</summary>
public static partial class Slug
{
    public const int MaxLength = 80;

    public static bool IsValid(string? value) => value is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(value);

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
                if (builder.Length > 0 && builder[^1] != '-')
                {
                    builder.Append('-');
                }
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    // \z, not $: "$" would also accept a trailing newline.
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex Pattern();
}
