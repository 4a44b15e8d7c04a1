using System.Globalization;

namespace MassarDalil.Web.PublicSite;

internal static class OpenGraph
{
    /// <summary>Open Graph wants language_TERRITORY: <c>ar-MA</c> → <c>ar_MA</c>, a bare <c>en</c> → <c>en_US</c>.</summary>
    public static string Locale(string culture)
    {
        var name = culture;
        try
        {
            name = CultureInfo.CreateSpecificCulture(culture).Name;
        }
        catch (CultureNotFoundException)
        {
            // An unknown culture is written as given.
        }
        return name.Replace('-', '_');
    }
}
