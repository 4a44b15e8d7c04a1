using System.Collections.Frozen;

namespace MassarDalil.Content.Search;

/// <summary>
/// The words people write before a password or a login, in Arabic, French, English and Darija (in either script),
/// and what makes the words after one a value rather than a question: a ":" or "=" and anything after it; else the
/// next word (past "is", "est", "هي"...) holding a digit or a symbol, or any later word holding a symbol. So
/// "mot de passe oublié", "password reset" and "code massar 2025" are questions; "motdepasse: Soleil!!", "mdp 1234"
/// and "my password is Azerty!!" are not. A value of plain letters ("mot de passe soleil") cannot be told from a
/// question by its look (<see cref="SearchPrivacy.CheckUnanswered"/> decides what is kept of those the site could not answer).
/// </summary>
internal static class SecretKeywords
{
    // As people type them; folded the way queries are (SearchQueryText.Normalize) before use.
    private static readonly string[] Written =
    [
        "password", "pass word", "passwd", "pasword", "pass", "pwd", "pw", "mp", "passcode", "pin", "secret", "code",
        "login", "username", "user name", "user",
        "mot de passe", "mot-de-passe", "motdepasse", "mot de pass", "motdepass", "mdp", "passe", "modpass", "modepasse",
        "identifiant", "utilisateur", "nom d'utilisateur",
        "كلمة السر", "كلمة سر", "كلمة المرور", "كلمة العبور", "الرقم السري", "الرمز السري", "رمز سري", "الرمز", "رمز",
        "القن السري", "القن", "قن", "الكود", "كود", "المودباس", "مودباس", "الباسورد", "باسورد", "الباسوورد", "باسوورد",
        "اسم المستخدم", "اسم الدخول", "المعرف", "معرف",
        "kalimat sir", "kalimat ssir", "kalimat sirr", "kelmat sir", "kalima sir", "kalimat lmorour", "kalimat morour",
        "kod", "9an", "l9an", "l9en",
    ];

    // Stuck to the keyword's first word: Arabic "and", "with", "for"; Darija's article in Latin letters (lmdp, l'code);
    // French elision (d'identifiant).
    private static readonly string[] Prefixes = ["", "l", "l'", "l’", "l-", "d'", "d’", "و", "ب", "ل", "ف"];

    // Between the keyword and its value: "password is 1234", "mot de passe est Soleil!!", "الكود ديالي هو ...".
    private static readonly FrozenSet<string> Links = new[]
    {
        "is", "was", "est", "etait", "était", "c'est",
        "هو", "هي", "هوا", "هيا", "ديالي", "ديالك", "تاعي", "dyali", "diali", "dyal", "dial", "ta3i", "hiya", "hia", "howa", "huwa",
    }.Select(SearchQueryText.Normalize).ToFrozenSet();

    // Keywords by their first word, each as its folded words.
    private static readonly FrozenDictionary<string, string[][]> ByFirstWord = Written
        .Select(k => SearchQueryText.Normalize(k).Split(' '))
        .GroupBy(k => k[0])
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(k => k.Length).ToArray());

    /// <summary>Whether <paramref name="query"/> names a password or login followed by what could be its value.</summary>
    public static bool FollowedByValue(string query)
    {
        // A ":" or "=" is a word of its own, so "mdp:azerty" reads as "mdp : azerty".
        var spaced = SearchQueryText.Normalize(query).Replace(":", " : ").Replace("=", " = ");
        var words = spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (KeywordEnd(words, i) is { } end && ValueFollows(words, end))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="query"/> names a password or login word and holds any other word, before or after it.</summary>
    public static bool NamedBesideOtherWords(string query)
    {
        var words = SearchQueryText.Normalize(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (named, other) = (false, false);
        for (var i = 0; i < words.Length;)
        {
            if (KeywordEnd(words, i) is { } end)
            {
                (named, i) = (true, end);
                continue;
            }
            other |= words[i].Any(char.IsLetterOrDigit) && !Links.Contains(words[i]);
            i++;
        }
        return named && other;
    }

    // Where the keyword starting at words[start] ends (the index after it), or null when none starts there.
    private static int? KeywordEnd(string[] words, int start)
    {
        foreach (var prefix in Prefixes)
        {
            if (!words[start].StartsWith(prefix, StringComparison.Ordinal)
                || !ByFirstWord.TryGetValue(words[start][prefix.Length..], out var keywords))
            {
                continue;
            }
            foreach (var keyword in keywords)
            {
                if (start + keyword.Length <= words.Length && keyword.Skip(1).SequenceEqual(words.Skip(start + 1).Take(keyword.Length - 1)))
                {
                    return start + keyword.Length;
                }
            }
        }
        return null;
    }

    private static bool ValueFollows(string[] words, int next)
    {
        while (next < words.Length && Links.Contains(words[next]))
        {
            next++;
        }
        if (next == words.Length)
        {
            return false;
        }
        var rest = words.Skip(next + 1).Where(w => w.Any(char.IsLetterOrDigit));
        if (words[next] is ":" or "=")
        {
            return rest.Any();
        }
        var value = words[next];
        return value.Any(char.IsLetterOrDigit) && (value.Any(char.IsDigit) || SearchPrivacy.HasSymbolAnywhere(value))
            || rest.Any(SearchPrivacy.HasSymbolAnywhere);
    }
}
