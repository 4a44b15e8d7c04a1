namespace MassarDalil.Content.Media;

/// <summary>
/// An image of the library. <see cref="Master"/> is the upload re-encoded without its metadata (the file export writes);
/// visitors get <see cref="Variants"/>, WebP at a few widths. <see cref="Hash"/> names it in Markdown and in every URL:
/// the image never changes under a hash (another image is another upload), so its URLs can be cached for ever.
/// </summary>
public class MediaItem
{
    public int Id { get; set; }

    /// <summary>Lower-case hex, <see cref="MediaHash.Length"/> characters of the SHA-256 of <see cref="Master"/> at upload.</summary>
    public required string Hash { get; set; }

    /// <summary>The uploaded file's name, for editors to recognise it; never used to decide what the file is.</summary>
    public string FileName { get; set; } = "";

    /// <summary><c>image/png</c>, <c>image/jpeg</c> or <c>image/webp</c>: the master's format.</summary>
    public required string ContentType { get; set; }

    public int Width { get; set; }
    public int Height { get; set; }
    public required byte[] Master { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
    public List<MediaVariant> Variants { get; set; } = [];
    public List<MediaAlt> AltTexts { get; set; } = [];
}

/// <summary>One WebP rendition of an image, at <see cref="Width"/> pixels wide.</summary>
public class MediaVariant
{
    public int Id { get; set; }
    public int MediaItemId { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public required byte[] Bytes { get; set; }
}

/// <summary>What the image shows, in one site's language (its key).</summary>
public class MediaAlt
{
    public int MediaItemId { get; set; }
    public required string SiteKey { get; set; }
    public required string Text { get; set; }
}
