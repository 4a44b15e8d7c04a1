using System.Text;

namespace MassarDalil.Web.Areas.Manager.Accounts;

/// <summary>
/// Which passwords the manager accepts, after NIST SP 800-63B: at least <see cref="MinLength"/> characters, any
/// characters at all (spaces, every script), no composition rules, and nothing on the list of weak choices, in an
/// obvious pattern, or naming the account or the site. Pure, so the validator and the generator ask the same rules.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 12;

    /// <summary>NIST asks for at least 64; a bound still keeps what the form hashes small.</summary>
    public const int MaxLength = 256;

    public const string TooShort = "PasswordTooShort";
    public const string TooLong = "PasswordTooLong";
    public const string Common = "PasswordCommon";
    public const string IsEmail = "PasswordIsEmail";
    public const string IsSiteName = "PasswordIsSiteName";

    /// <summary>The site's names even before the seed gives its sites (the first administrator is made first).</summary>
    public static readonly IReadOnlyList<string> BuiltInSiteNames = ["Massar Dalil", "دليل مسار"];

    // Runs of these (or their reverses) are sequences, not choices: alphabet, digits, keyboard rows and columns.
    private static readonly string[] Forwards =
    [
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "01234567890123456789012345678901234567890",
        "qwertyuiopasdfghjklzxcvbnm", "azertyuiopqsdfghjklmwxcvbn", "qwertzuiopasdfghjklyxcvbnm",
        "1234567890qwertyuiop", "1234567890azertyuiop", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp",
        "أبتثجحخدذرزسشصضطظعغفقكلمنهوي", "ضصثقفغعهخحجدشسيبلاتنمكطئءؤرلاىةوزظ",
    ];

    private static readonly string[] Sequences = [.. Forwards, .. Forwards.Select(Reverse)];

    private static readonly HashSet<string> Listed = LoadList();

    /// <summary>The problems with <paramref name="password"/> as Identity error codes; empty when it is accepted.</summary>
    public static IReadOnlyList<string> Problems(string password, string? email, IEnumerable<string> siteNames)
    {
        // NIST counts code points: an emoji or an Arabic letter is one character.
        var length = password.EnumerateRunes().Count();
        if (length < MinLength)
        {
            return [TooShort];
        }
        if (length > MaxLength)
        {
            return [TooLong];
        }
        var compact = Compact(password);
        var core = Core(password);
        if (email is { Length: > 0 } && IsNamed(compact, core, email, email.Split('@')[0]))
        {
            return [IsEmail];
        }
        if (siteNames.Concat(BuiltInSiteNames).Any(name => IsNamed(compact, core, name)))
        {
            return [IsSiteName];
        }
        return IsWeak(compact, core) ? [Common] : [];
    }

    private static bool IsNamed(string compact, string core, params string[] names) =>
        names.Select(Compact).Where(n => n.Length > 0).Any(n => n == compact || n == core);

    private static bool IsWeak(string compact, string core) =>
        // Mostly spaces or symbols: what is left is too little to count as a choice.
        compact.Length < 4
        || Listed.Contains(compact) || Listed.Contains(core)
        || IsPattern(compact) || (core.Length >= 4 && IsPattern(core))
        // Every run of letters and of digits is weak on its own: "qwerty123456", "abc123abc123".
        || Runs(compact).All(run => Listed.Contains(run) || (run.Length >= 3 && IsPattern(run)));

    private static bool IsPattern(string text) => IsRepeat(text) || Sequences.Any(s => s.Contains(text, StringComparison.Ordinal));

    /// <summary>A short unit said again and again: "aaaa", "1212", "abcabc", "2026 2026 2026".</summary>
    private static bool IsRepeat(string text)
    {
        for (var unit = 1; unit <= Math.Min(6, text.Length / 2); unit++)
        {
            if (text.Length % unit == 0 && string.Concat(Enumerable.Repeat(text[..unit], text.Length / unit)) == text)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Letters and digits only, in lower case: "P@ss Word 1" is "pssword1".</summary>
    internal static string Compact(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        return string.Concat(folded.Where(char.IsLetterOrDigit));
    }

    /// <summary>
    /// The word under the decoration: digits and symbols trimmed from both ends, common swaps undone
    /// (<c>P@ssw0rd2026!</c> is <c>password</c>), then letters only.
    /// </summary>
    internal static string Core(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var start = 0;
        while (start < folded.Length && !char.IsLetter(folded[start]))
        {
            start++;
        }
        var end = folded.Length;
        while (end > start && !char.IsLetter(folded[end - 1]))
        {
            end--;
        }
        return string.Concat(folded[start..end].Select(Unswap).Where(char.IsLetter));
    }

    private static char Unswap(char c) => c switch
    {
        '0' => 'o',
        '1' or '!' => 'i',
        '3' => 'e',
        '4' or '@' => 'a',
        '5' or '$' => 's',
        '7' or '+' => 't',
        '8' => 'b',
        '9' => 'g',
        '|' => 'l',
        _ => c,
    };

    private static IEnumerable<string> Runs(string compact)
    {
        var run = new StringBuilder();
        foreach (var c in compact)
        {
            if (run.Length > 0 && char.IsDigit(run[^1]) != char.IsDigit(c))
            {
                yield return run.ToString();
                run.Clear();
            }
            run.Append(c);
        }
        if (run.Length > 0)
        {
            yield return run.ToString();
        }
    }

    private static string Reverse(string text)
    {
        var chars = text.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    private static HashSet<string> LoadList()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded in the web assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#') && Compact(line) is { Length: > 0 } word)
            {
                words.Add(word);
            }
        }
        return words;
    }

    /// <summary>How many entries the list holds, for the test that it loaded.</summary>
    internal static int ListedCount => Listed.Count;
}
