using System.Globalization;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>
/// Which CLDR plural category a count takes in a language (https://cldr.unicode.org, "Language Plural Rules"), for
/// the integers the manager counts. A phrase with a count has one resource per category its language uses
/// (<c>{0} times|one</c>, <c>{0} times|other</c>). Languages not listed take English's one/other, which fits most
/// European languages; one with other rules (Russian, Polish...) needs its line here.
/// </summary>
public static class PluralRules
{
    public const string Zero = "zero", One = "one", Two = "two", Few = "few", Many = "many", Other = "other";

    public static string Category(CultureInfo culture, long n) => culture.TwoLetterISOLanguageName switch
    {
        // Arabic: counted on the last two digits for few (3-10) and many (11-99).
        "ar" => n switch
        {
            0 => Zero,
            1 => One,
            2 => Two,
            _ when n % 100 is >= 3 and <= 10 => Few,
            _ when n % 100 is >= 11 and <= 99 => Many,
            _ => Other,
        },
        "fr" or "pt" => n is 0 or 1 ? One : Other,
        _ => n == 1 ? One : Other,
    };

    /// <summary>The categories a language uses: each needs its form of every phrase with a count.</summary>
    public static IReadOnlyList<string> Categories(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "ar" => [Zero, One, Two, Few, Many, Other],
        _ => [One, Other],
    };
}
