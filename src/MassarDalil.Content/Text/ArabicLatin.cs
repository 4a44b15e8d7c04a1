namespace MassarDalil.Content.Text;

/// <summary>
/// One Latin spelling per Arabic letter, for keys only (never shown as a transliteration to read): simple,
/// ASCII, and the same every time, so a key made from a question is predictable. Short vowels (harakat)
/// are not written in Arabic text and give nothing; hamza alone gives nothing.
/// </summary>
internal static class ArabicLatin
{
    public static string? Of(char c) => c switch
    {
        'ا' or 'أ' or 'إ' or 'آ' or 'ى' or 'ة' => "a",
        'ب' => "b",
        'ت' or 'ط' => "t",
        'ث' => "th",
        'ج' => "j",
        'ح' or 'ه' => "h",
        'خ' => "kh",
        'د' or 'ض' => "d",
        'ذ' => "dh",
        'ر' => "r",
        'ز' or 'ظ' => "z",
        'س' or 'ص' => "s",
        'ش' => "sh",
        'ع' => "a",
        'غ' => "gh",
        'ف' or 'ڤ' => "f",
        'ق' => "q",
        'ك' or 'گ' => "k",
        'ل' => "l",
        'م' => "m",
        'ن' => "n",
        'و' or 'ؤ' => "w",
        'ي' or 'ئ' => "y",
        'ء' => "",
        >= '٠' and <= '٩' => ((char)('0' + (c - '٠'))).ToString(),
        >= '۰' and <= '۹' => ((char)('0' + (c - '۰'))).ToString(),
        _ => null,
    };
}
