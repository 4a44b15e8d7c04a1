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
    /// More than <see cref="SearchPrivacy.MaxDigitRun"/> digits in a row, counting through the spaces, dots,
    /// dashes and slashes people put between them: a phone number, a code, a date of birth.
    /// </summary>
    LongNumber,

    /// <summary>A symbol inside a word (<c>pass#word</c>, <c>user_name</c>, <c>+212</c>): how passwords and logins look, not questions.</summary>
    SymbolInWord,
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
        foreach (var word in query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
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
        return UnrecordableQuery.None;
    }

    public static bool MayRecord(string query) => Check(query) == UnrecordableQuery.None;

    // What a sentence puts around a word, in Arabic, French and English: not part of the word.
    private static readonly char[] SentencePunctuation = ['?', '؟', '!', '.', ',', '،', ';', '؛', ':', '«', '»', '"', '\'', '“', '”', '‘', '’', '(', ')', '[', ']'];

    // Between two digits these keep a number going: "06 12 34 56 78", "06-12-34", "12/05/2008", "1٬234".
    private static bool JoinsDigits(char c) => c is ' ' or '.' or '-' or '/' or '٫' or '٬' or '\u00A0';

    private static int LongestDigitRun(string text)
    {
        int longest = 0, run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsDigit(text[i]))
            {
                longest = Math.Max(longest, ++run);
            }
            else if (!(run > 0 && JoinsDigits(text[i]) && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                run = 0;
            }
        }
        return longest;
    }

    // A hyphen or apostrophe between letters is spelling (e-mail, aujourd'hui), and so is a dot
    // (moutamadris.men.gov.ma); anything else that is neither a letter, a digit nor a mark is not.
    private static bool HasSymbolInside(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsLetterOrDigit(c) || IsMark(c))
            {
                continue;
            }
            var spelling = c is '-' or '\'' or '’' or '.' && i > 0 && i < word.Length - 1 && char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1]);
            if (!spelling)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
        or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.Format;
}
