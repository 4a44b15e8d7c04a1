namespace MassarDalil.Content.Media;

/// <summary>
/// The WebP variants an image gets, planned from its header's dimensions before any pixel is decoded. WebP cannot hold a
/// side longer than <see cref="WebpMaxSide"/> pixels (its header has 14 bits for each), and a phone's scrolling
/// screenshot is often taller: such an image's variants are made narrower, keeping its shape, until neither side passes.
/// </summary>
public static class VariantSizes
{
    public const int WebpMaxSide = 16383;

    /// <summary>
    /// Each configured width narrower than the widest the image allows, then that widest: the smallest of the image's
    /// width, the widest configured and <c>floor(WebpMaxSide × width / height)</c>; heights keep the image's shape. Empty
    /// when even a 1-pixel-wide variant would be taller than WebP allows (one side over WebpMaxSide times the other).
    /// </summary>
    public static IReadOnlyList<(int Width, int Height)> For(int width, int height, IReadOnlyList<int> widths)
    {
        var tallest = WebpMaxSide * (long)width / height;
        var widest = (int)Math.Min(Math.Min(width, WebpMaxSide), Math.Min(widths.Count == 0 ? width : widths.Max(), tallest));
        if (widest < 1)
        {
            return [];
        }
        return widths.Where(w => w > 0 && w < widest).Append(widest).Distinct().Order()
            .Select(w => (w, w == width ? height : Math.Max(1, (int)Math.Round((double)height * w / width)))).ToList();
    }
}
