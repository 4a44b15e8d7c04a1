using System.Globalization;

namespace MassarDalil.Content.Search;

/// <summary>Why a query that found nothing may not be kept for the editors.</summary>
public enum UnrecordableQuery
{
    /// <summary>It may be kept.</summary>
    None,

    /// <summary>It holds an <c>@</c>: an e-mail address or a user name.</summary>
    EmailSign,

    /// <summary>A word mixes letters and digits (<c>G123456789</c>, <c>MyPass!23word</c>): a Massar code, an ID card number or a password.</summary>
    LettersWithDigits,

    /// <summary>
    /// More than <see cref="SearchPrivacy.MaxDigitRun"/> digits in a row, counting through whatever people put
    /// between groups (spaces, dots, commas, dashes, slashes, brackets, plus signs, in any mix): a phone number,
    /// a code, a date of birth.
    /// </summary>
    LongNumber,

    /// <summary>A symbol inside a word (<c>pass#word</c>, <c>user_name</c>, <c>+212</c>): how passwords and logins look, not questions.</summary>
    SymbolInWord,

    /// <summary>
    /// A password or login word followed by what could be its value (<c>motdepasse: Soleil</c>, <c>mdp=azerty</c>,
    /// <c>code 1234</c>, <c>كلمة السر: شمس</c>): see <see cref="SecretKeywords"/>.
    /// </summary>
    SecretAfterKeyword,

    /// <summary>A query of one word with a symbol anywhere in it, its end included (<c>Azerty!!</c>, <c>!soleil</c>): a password typed alone.</summary>
    LoneWordWithSymbols,
}

/// <summary>
/// The rule that keeps the privacy promise: a search that found nothing is counted for the editors only when
/// it cannot be someone's identifier, code, password, e-mail address or phone number. It errs towards not
/// keeping: a lost count costs an editor a hint, a kept password costs a visitor their account. Digits and
/// letters of every script count (Arabic-Indic digits too).
/// </summary>
public static class SearchPrivacy
{
    /// <summary>The longest run of digits kept: a year (2025) passes, a phone number or a code does not.</summary>
    public const int MaxDigitRun = 4;

    /// <summary>Decides whether <paramref name="query"/> (as typed, or normalised) may be stored.</summary>
    public static UnrecordableQuery Check(string query)
    {
        if (query.Contains('@') || query.Contains('＠'))
        {
            return UnrecordableQuery.EmailSign;
        }
        if (LongestDigitRun(query) > MaxDigitRun)
        {
            return UnrecordableQuery.LongNumber;
        }
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            var core = word.Trim(SentencePunctuation);
            if (core.Any(char.IsLetter) && core.Any(char.IsDigit))
            {
                return UnrecordableQuery.LettersWithDigits;
            }
            if (HasSymbolInside(core))
            {
                return UnrecordableQuery.SymbolInWord;
            }
        }
        if (SecretKeywords.FollowedByValue(query))
        {
            return UnrecordableQuery.SecretAfterKeyword;
        }
        // Only what holds a letter or a digit counts as a word: "inscription ?" is one word, like "Azerty!!".
        if (words.Where(w => w.Any(char.IsLetterOrDigit)).Take(2).ToList() is [var lone] && HasSymbolAnywhere(lone))
        {
            return UnrecordableQuery.LoneWordWithSymbols;
        }
        return UnrecordableQuery.None;
    }

    public static bool MayRecord(string query) => Check(query) == UnrecordableQuery.None;

    // What a sentence puts around a word, in Arabic, French and English: not part of the word.
    private static readonly char[] SentencePunctuation = ['?', '؟', '!', '.', ',', '،', ';', '؛', ':', '«', '»', '"', '\'', '“', '”', '‘', '’', '(', ')', '[', ']'];

    // Between digits, any run of these keeps a number going: "06 12 34 56 78", "06, 12 . 34; 56", "(+212) 6-12",
    // "12/05/2008", "٠٦، ١٢". Only a letter or another symbol ends it, so "bac 2024" stays a short number.
    private static bool JoinsDigits(char c) =>
        char.IsWhiteSpace(c) || c is '.' or ',' or '،' or '٫' or '٬' or ';' or '؛' or ':' or '/' or '+' or '\u2212' or '．' or '，' or '／' or '＋'
        || char.GetUnicodeCategory(c) is UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.ConnectorPunctuation;

    private static int LongestDigitRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                longest = Math.Max(longest, ++run);
            }
            else if (!JoinsDigits(c))
            {
                run = 0;
            }
        }
        return longest;
    }

    // Only quotes and brackets may wrap a lone word, and only question marks or a comma end it: "Azerty!!",
    // "soleil." or "!azerty" are how passwords look, "«bac»" and "inscription?" how questions do.
    private static readonly char[] Openers = ['«', '"', '\'', '“', '‘', '(', '['];
    private static readonly char[] Closers = ['»', '"', '\'', '”', '’', ')', ']', '?', '؟', ',', '،'];

    /// <summary>Whether a word holds a symbol anywhere, its ends included, once quotes, brackets and a question's end are set aside.</summary>
    internal static bool HasSymbolAnywhere(string word) => HasSymbolInside(word.TrimStart(Openers).TrimEnd(Closers));

    // A hyphen or apostrophe between letters is spelling (e-mail, aujourd'hui), and so is a dot
    // (moutamadris.men.gov.ma); a slash, dot, comma or dash between digits writes a grade or a decimal (12/20, 12,5),
    // whose length the digit run already limits. Anything else that is neither a letter, a digit nor a mark is not.
    private static bool HasSymbolInside(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsLetterOrDigit(c) || IsMark(c))
            {
                continue;
            }
            var inside = i > 0 && i < word.Length - 1;
            var spelling = inside && c is '-' or '\'' or '’' or '.' && char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1]);
            var number = inside && c is '/' or '.' or ',' or '٫' or '٬' or '-' && char.IsDigit(word[i - 1]) && char.IsDigit(word[i + 1]);
            if (!spelling && !number)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;
}
