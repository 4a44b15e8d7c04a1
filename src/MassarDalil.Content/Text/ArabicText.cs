using System.Text;

namespace MassarDalil.Content.Text;

/// <summary>
/// Folds the ways one Arabic word can be written into one form, for search and slugs.
/// Removes only harakat and tatweel, and folds alef forms, taa marbuta and alef maqsura;
/// hamza on waw or yaa is kept because it changes the word.
/// </summary>
public static class ArabicText
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        // Composed first, so a waw or yaa followed by a combining hamza (U+0654) becomes ؤ or ئ and
        // keeps its hamza, instead of losing it as if it were a harakah.
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (IsHarakah(c) || c == '\u0640')
            {
                continue;
            }
            builder.Append(Fold(c));
        }
        return builder.ToString();
    }

    public static bool IsHarakah(char c) => c is >= '\u064B' and <= '\u065F' or '\u0670';

    private static char Fold(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ة' => 'ه',
        'ى' => 'ي',
        >= '٠' and <= '٩' => (char)('0' + (c - '٠')),
        >= '۰' and <= '۹' => (char)('0' + (c - '۰')),
        _ => c,
    };
}
