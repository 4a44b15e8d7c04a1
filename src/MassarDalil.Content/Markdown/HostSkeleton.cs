using System.Globalization;
using System.Text;

namespace MassarDalil.Content.Markdown;

/// <summary>
/// What a host name looks like to a reader, as plain ASCII: <c>xn--</c> labels decoded, compatibility forms
/// folded (<c>ｍｅｎ</c>), accents and invisible characters dropped, and letters of other scripts that look like
/// Latin ones replaced by them (Cyrillic <c>а</c>, Greek <c>ο</c>, Armenian <c>օ</c>...). In the spirit of
/// Unicode's confusable skeletons (UTS #39), reduced to the letters host names here could be forged with.
/// </summary>
internal static class HostSkeleton
{
    private static readonly Dictionary<char, char> LookLikeLatin = new()
    {
        // Cyrillic
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['һ'] = 'h', ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j', ['к'] = 'k',
        ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['ѕ'] = 's', ['т'] = 't', ['у'] = 'y', ['х'] = 'x',
        ['ԁ'] = 'd', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ь'] = 'b', ['ӏ'] = 'l', ['п'] = 'n', ['г'] = 'r',
        // Greek
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['η'] = 'n', ['ι'] = 'i', ['κ'] = 'k', ['μ'] = 'u', ['ν'] = 'v', ['ο'] = 'o',
        ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x', ['γ'] = 'y', ['ω'] = 'w', ['ϲ'] = 'c', ['ϳ'] = 'j',
        // Armenian
        ['օ'] = 'o', ['ո'] = 'n', ['ս'] = 'u', ['հ'] = 'h', ['ց'] = 'g', ['զ'] = 'q', ['ա'] = 'w',
        // Latin letters that pass for others, and digits that pass for letters
        ['ɑ'] = 'a', ['ɡ'] = 'g', ['ı'] = 'i', ['ɩ'] = 'i', ['ǀ'] = 'l', ['ℓ'] = 'l', ['ɒ'] = 'a', ['ʋ'] = 'v',
        ['0'] = 'o', ['1'] = 'l',
    };

    public static string Of(string host)
    {
        var labels = host.Split('.').Select(Decode);
        string text;
        try
        {
            text = string.Join('.', labels).Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            // Not valid Unicode (a lone surrogate): read it as it stands.
            text = string.Join('.', labels);
        }
        var skeleton = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue; // accents, zero-width joiners, bidi controls: not seen, or seen on a letter
            }
            skeleton.Append(LookLikeLatin.GetValueOrDefault(c, c));
        }
        return skeleton.ToString();
    }

    /// <summary>True when one label mixes Latin letters with letters of another script: the mark of a forged name.</summary>
    public static bool MixesScripts(string host) =>
        host.Split('.').Select(Decode).Any(label => label.Where(char.IsLetter).Select(ScriptOf).Distinct().Count() > 1 &&
            label.Any(c => char.IsLetter(c) && ScriptOf(c) == Script.Latin));

    private static string Decode(string label)
    {
        if (!label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
        {
            return label;
        }
        try
        {
            return new IdnMapping().GetUnicode(label);
        }
        catch (ArgumentException)
        {
            return label; // not valid punycode: no browser shows it as anything else
        }
    }

    private enum Script { Latin, Greek, Cyrillic, Armenian, Other }

    private static Script ScriptOf(char c) => c switch
    {
        <= '\u024F' or (>= '\u0250' and <= '\u02AF') or (>= '\u1E00' and <= '\u1EFF') => Script.Latin,
        (>= '\u0370' and <= '\u03FF') or (>= '\u1F00' and <= '\u1FFF') => Script.Greek,
        (>= '\u0400' and <= '\u052F') or (>= '\u2DE0' and <= '\u2DFF') or (>= '\uA640' and <= '\uA69F') => Script.Cyrillic,
        >= '\u0530' and <= '\u058F' => Script.Armenian,
        _ => Script.Other,
    };
}
