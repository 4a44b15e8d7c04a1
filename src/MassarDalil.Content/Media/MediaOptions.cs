namespace MassarDalil.Content.Media;

/// <summary>Upload limits and the widths images are served at. Section <c>Media</c>.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// The most pixels an image may declare (width × height), checked from its header before any decoding: decoding
    /// takes 4 bytes a pixel, so a small file declaring 50,000 × 50,000 would otherwise ask for 10 GB.
    /// </summary>
    public long MaxPixels { get; set; } = 30_000_000;

    /// <summary>The WebP widths made on upload; those wider than the image become one at the image's own width.</summary>
    public int[] Widths { get; set; } = [480, 960, 1600];

    /// <summary>WebP quality, 1 to 100.</summary>
    public int Quality { get; set; } = 82;

    /// <summary>The longest alt text.</summary>
    public const int AltMax = 300;
}
