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
    /// a code, a date of birth. Or more than <see cref="SearchPrivacy.MaxDigits"/> in the whole query, which is a
    /// phone number with words between its groups ("06 et 12 et 34 et 56 et 78").
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

    /// <summary>
    /// A word among others with a symbol at either end that a sentence does not put there (<c>merci Azerty!!</c>,
    /// <c>oublié !soleil</c>): a sentence ends a word with a question mark, a full stop or a comma, and wraps it in
    /// quotes or brackets; an exclamation mark stuck to a word is how passwords end, and people do not type one into a search box.
    /// </summary>
    SymbolAtWordEdge,

    /// <summary>
    /// Names joined by dots (<c>alaoui.mohamed</c>): how logins are written. An address ending in a domain
    /// (<c>moutamadris.men.gov.ma</c>) is not one.
    /// </summary>
    DottedName,

    /// <summary>
    /// Only for what the site could not answer (<see cref="SearchPrivacy.CheckUnanswered"/>): a password or login
    /// word beside other words (<c>mot de passe soleil</c>, <c>كلمة السر وردة</c>), whose plain-letter value no look
    /// tells from a question's words.
    /// </summary>
    SecretBesideWords,
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

    /// <summary>The most digits kept in a whole query: a year and a grade (bac 2025, note 12/20) pass, a phone number (ten) does not.</summary>
    public const int MaxDigits = 8;

    /// <summary>Decides whether <paramref name="query"/> (as typed, or normalised) may be stored.</summary>
    public static UnrecordableQuery Check(string query)
    {
        if (query.Contains('@') || query.Contains('＠'))
        {
            return UnrecordableQuery.EmailSign;
        }
        if (LongestDigitRun(query) > MaxDigitRun || query.Count(char.IsDigit) > MaxDigits)
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
            if (IsDottedName(core))
            {
                return UnrecordableQuery.DottedName;
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
        if (words.Any(w => w.Any(char.IsLetterOrDigit) && HasSymbolInside(WithoutSentence(w))))
        {
            return UnrecordableQuery.SymbolAtWordEdge;
        }
        return UnrecordableQuery.None;
    }

    public static bool MayRecord(string query) => Check(query) == UnrecordableQuery.None;

    /// <summary>
    /// Whether a query the site could not answer (a search that found nothing or only the closest answers, an
    /// address it did not serve) may be kept or logged: <see cref="Check"/>, and no password or login word beside other
    /// words. "mot de passe soleil" reads like "mot de passe oublié"; but a question about passwords finds the
    /// site's answers, so one that names a password beside words the site does not know is most likely holding it.
    /// An editor loses the hint of an unanswered question about passwords; a visitor keeps their password.
    /// </summary>
    public static UnrecordableQuery CheckUnanswered(string query) =>
        Check(query) is var reason and not UnrecordableQuery.None ? reason
        : SecretKeywords.NamedBesideOtherWords(query) ? UnrecordableQuery.SecretBesideWords
        : UnrecordableQuery.None;

    public static bool MayKeepUnanswered(string query) => CheckUnanswered(query) == UnrecordableQuery.None;

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

    // What a sentence puts after a word: a run of question marks or full stops ("massar?", "quoi??", "bon..."), or one
    // comma, semicolon or colon ("oublié,"); and the quotes and brackets it closes.
    private static readonly char[] SentenceEnds = ['?', '؟', '.', '…'];
    private static readonly char[] Pauses = [',', '،', ';', '؛', ':'];
    private static readonly char[] ClosingMarks = ['»', '"', '\'', '”', '’', ')', ']'];

    // A word as it stands in a sentence, less what the sentence put around it.
    private static string WithoutSentence(string word)
    {
        var closed = word.TrimEnd(ClosingMarks);
        var bare = closed.TrimEnd(SentenceEnds);
        if (bare.Length == closed.Length && bare.Length > 0 && Pauses.Contains(bare[^1]))
        {
            bare = bare[..^1];
        }
        return bare.TrimEnd(ClosingMarks).TrimStart(Openers);
    }

    // The last part of an address or a file's name: a dotted word ending in one is a host (moutamadris.men.gov.ma,
    // massar.ma) or a file (favicon.ico, an address the request log writes), not a login.
    private static readonly HashSet<string> Domains = new(StringComparer.OrdinalIgnoreCase)
    {
        "ma", "com", "net", "org", "fr", "gov", "edu", "info", "io", "app", "co",
        "ico", "png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "html", "htm", "php", "asp", "aspx", "xml", "txt", "json", "js", "css", "env", "zip",
    };

    private static bool IsDottedName(string word)
    {
        var parts = word.Split('.');
        return parts.Length > 1 && parts.All(p => p.Length > 0 && p.All(char.IsLetter)) && !Domains.Contains(parts[^1]);
    }

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
