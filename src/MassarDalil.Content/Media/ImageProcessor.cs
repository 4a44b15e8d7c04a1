using MassarDalil.Content.Problems;
using SkiaSharp;

namespace MassarDalil.Content.Media;

/// <summary>An accepted image: its metadata-free master and its WebP variants, widest last.</summary>
public sealed record ProcessedImage(string ContentType, int Width, int Height, byte[] Master, IReadOnlyList<ProcessedVariant> Variants);

public sealed record ProcessedVariant(int Width, int Height, byte[] Bytes);

/// <summary>
/// Checks an uploaded file and turns it into what the library stores, with SkiaSharp (DESIGN §9: the native library
/// ships in a NuGet package and decodes from memory; ImageSharp is ruled out). The order is the defence: the bytes must
/// start like a JPEG, PNG or WebP (the name and the browser's content type are not trusted), the header's dimensions
/// must be within the pixel limit and leave room for WebP variants (<see cref="VariantSizes"/>), and only then is the
/// image decoded, fully (a truncated file is refused, not half shown). Every variant and the master are re-encoded, so no metadata (GPS position, camera, comments) survives.
/// </summary>
public static class ImageProcessor
{
    public static (ProcessedImage? Image, Problem? Problem) Process(byte[] bytes, MediaOptions options)
    {
        if (bytes.Length == 0)
        {
            return (null, Problem.For("File", ProblemCode.MediaEmpty));
        }
        if (bytes.Length > options.MaxUploadBytes)
        {
            return (null, Problem.For("File", ProblemCode.MediaTooBig, Megabytes(options.MaxUploadBytes)));
        }
        if (Sniff(bytes) is not { } format)
        {
            return (null, Problem.For("File", ProblemCode.MediaNotAccepted));
        }
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != format)
        {
            return (null, Problem.For("File", ProblemCode.MediaCorrupt));
        }
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0 || (long)width * height > options.MaxPixels)
        {
            return (null, Problem.For("File", ProblemCode.MediaTooManyPixels, Problem.Number(width), Problem.Number(height), Problem.Number(options.MaxPixels / 1_000_000)));
        }
        // Planned from the header, as the image will stand once turned upright, so one WebP cannot hold is refused undecoded.
        var (uprightWidth, uprightHeight) = Turns(codec.EncodedOrigin) ? (height, width) : (width, height);
        var sizes = VariantSizes.For(uprightWidth, uprightHeight, options.Widths);
        if (sizes.Count == 0)
        {
            return (null, Problem.For("File", ProblemCode.MediaTooLong, Problem.Number(uprightWidth), Problem.Number(uprightHeight), Problem.Number(VariantSizes.WebpMaxSide)));
        }
        using var decoded = Decode(codec);
        if (decoded is null)
        {
            return (null, Problem.For("File", ProblemCode.MediaCorrupt));
        }
        using var upright = Upright(decoded, codec.EncodedOrigin);
        var image = upright ?? decoded;
        // The master keeps more detail than the variants: new widths may be made from it later.
        var master = Encode(image, format, Math.Max(options.Quality, 92));
        var variants = master is null ? null : Variants(image, sizes, options.Quality);
        // The plan keeps every side within WebP's limit, so this is for what the encoder refuses unforeseen: a message, never a 500.
        if (master is null || variants is null)
        {
            return (null, Problem.For("File", ProblemCode.MediaNotConverted));
        }
        return (new ProcessedImage(ContentTypeOf(format), image.Width, image.Height, master, variants), null);
    }

    /// <summary>The format the first bytes announce, or null: JPEG <c>FF D8 FF</c>, PNG's 8-byte signature, WebP's RIFF…WEBP.</summary>
    public static SKEncodedImageFormat? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return SKEncodedImageFormat.Jpeg;
        }
        if (bytes.StartsWith(PngSignature))
        {
            return SKEncodedImageFormat.Png;
        }
        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return SKEncodedImageFormat.Webp;
        }
        return null;
    }

    public static string ContentTypeOf(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => "image/jpeg",
        SKEncodedImageFormat.Png => "image/png",
        _ => "image/webp",
    };

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The whole image, or null when the file ends early or is damaged: a half-grey image is not shown.</summary>
    private static SKBitmap? Decode(SKCodec codec)
    {
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888,
            codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        var bitmap = new SKBitmap();
        if (!bitmap.TryAllocPixels(info))
        {
            bitmap.Dispose();
            return null;
        }
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            return null;
        }
        return bitmap;
    }

    /// <summary>A phone photo stored sideways with an EXIF orientation, turned upright (the tag itself is dropped on re-encoding).</summary>
    private static SKBitmap? Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return null;
        }
        var (w, h) = Turns(origin) ? (source.Height, source.Width) : (source.Width, source.Height);
        var turned = new SKBitmap(new SKImageInfo(w, h, source.ColorType, source.AlphaType));
        using var canvas = new SKCanvas(turned);
        canvas.SetMatrix(OriginMatrix(origin, source.Width, source.Height));
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return turned;
    }

    /// <summary>Whether turning the image upright swaps its width and height (a quarter turn).</summary>
    private static bool Turns(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    private static SKMatrix OriginMatrix(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };

    /// <returns>Null as soon as the encoder refuses one: the image is refused, so the rest would be work for nothing.</returns>
    private static List<ProcessedVariant>? Variants(SKBitmap image, IReadOnlyList<(int Width, int Height)> sizes, int quality)
    {
        var variants = new List<ProcessedVariant>(sizes.Count);
        foreach (var size in sizes)
        {
            if (Variant(image, size, quality) is not { } variant)
            {
                return null;
            }
            variants.Add(variant);
        }
        return variants;
    }

    /// <returns>Null when the encoder refuses the variant.</returns>
    private static ProcessedVariant? Variant(SKBitmap image, (int Width, int Height) size, int quality)
    {
        if (size.Width == image.Width && size.Height == image.Height)
        {
            return Encode(image, SKEncodedImageFormat.Webp, quality) is { } whole ? new ProcessedVariant(size.Width, size.Height, whole) : null;
        }
        using var resized = image.Resize(new SKImageInfo(size.Width, size.Height, image.ColorType, image.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
        return Encode(resized, SKEncodedImageFormat.Webp, quality) is { } bytes ? new ProcessedVariant(size.Width, size.Height, bytes) : null;
    }

    /// <summary>The encoded bytes, or null where SkiaSharp's encoder gives none (WebP past 16,383 pixels a side did, as a 500).</summary>
    internal static byte[]? Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var data = bitmap.Encode(format, format == SKEncodedImageFormat.Png ? 100 : quality);
        return data?.ToArray();
    }

    /// <summary>A byte count in megabytes as the messages write it: 10, 2.5.</summary>
    public static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
