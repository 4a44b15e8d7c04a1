using System.Globalization;
using System.Net;
using System.Text;

namespace MassarDalil.Content.Media;

/// <summary>The <c>&lt;img&gt;</c> a library image becomes in a page.</summary>
public static class MediaImageHtml
{
    /// <summary>
    /// The column text is set in (44rem, <c>--measure</c> in site.css) or the screen, whichever is narrower: the browser
    /// picks the variant for that width and its pixel density.
    /// </summary>
    public const string Sizes = "(min-width: 46rem) 44rem, 100vw";

    public static string Url(string hash, int width) => $"/media/{hash}-{width.ToString(CultureInfo.InvariantCulture)}.webp";

    /// <param name="alt">Alt text in the page's language: the editor's words in the brackets, else the library's.</param>
    public static string Tag(MediaImage image, string alt)
    {
        var (width, height) = image.Largest;
        // The 960 one (or the widest under it) for browsers without srcset; every browser here reads srcset.
        var fallback = image.Variants.LastOrDefault(v => v.Width <= 960, image.Variants[0]).Width;
        var html = new StringBuilder("<img src=\"").Append(Url(image.Hash, fallback)).Append("\" srcset=\"")
            .AppendJoin(", ", image.Variants.Select(v => $"{Url(image.Hash, v.Width)} {v.Width.ToString(CultureInfo.InvariantCulture)}w"))
            .Append("\" sizes=\"").Append(Sizes)
            .Append("\" width=\"").Append(width.ToString(CultureInfo.InvariantCulture))
            .Append("\" height=\"").Append(height.ToString(CultureInfo.InvariantCulture))
            .Append("\" loading=\"lazy\" decoding=\"async\" alt=\"").Append(WebUtility.HtmlEncode(alt)).Append("\">");
        return html.ToString();
    }
}
