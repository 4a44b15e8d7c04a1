using System.Buffers.Binary;
using System.IO.Compression;
using SkiaSharp;

namespace MassarDalil.Tests.Support;

/// <summary>Images made on the spot: real ones of each accepted format, and the crafted files an attacker would send.</summary>
public static class TestImages
{
    public static byte[] Png(int width, int height) => Draw(width, height, SKEncodedImageFormat.Png);

    public static byte[] Jpeg(int width, int height) => Draw(width, height, SKEncodedImageFormat.Jpeg);

    public static byte[] Webp(int width, int height) => Draw(width, height, SKEncodedImageFormat.Webp);

    public static byte[] Svg => "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><circle r=\"4\"/></svg>"u8.ToArray();

    public static byte[] Html => "<!doctype html><script>alert(document.cookie)</script>"u8.ToArray();

    /// <summary>A real PNG cut off in the middle of its pixel data.</summary>
    public static byte[] TruncatedPng()
    {
        var whole = Png(400, 300);
        return whole[..(whole.Length / 2)];
    }

    /// <summary>
    /// A decompression bomb's header: a valid PNG signature and IHDR declaring <paramref name="width"/> × <paramref name="height"/>
    /// (with a correct CRC), then a few bytes of nothing. Decoding it would allocate width × height × 4 bytes.
    /// </summary>
    public static byte[] PngHeaderOnly(int width, int height) => PngFile(width, height, Rgba, [0x78, 0x9C, 0x03, 0x00], end: false);

    /// <summary>
    /// A blue PNG with its bottom tenth red, written row by row: a scrolling screenshot's shape in a few kilobytes and a
    /// fraction of a second, where drawing and encoding one would take seconds. A copy cropped, not scaled, loses the red.
    /// </summary>
    public static byte[] BandedPng(int width, int height)
    {
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            var (blue, red) = (Row(width, 0x1E, 0x5A, 0xA0), Row(width, 0xB0, 0x10, 0x10));
            for (var y = 0; y < height; y++)
            {
                zlib.Write(y < height - height / 10 ? blue : red);
            }
        }
        return PngFile(width, height, Rgb, pixels.ToArray(), end: true);
    }

    private const byte Rgb = 2, Rgba = 6;

    /// <summary>The signature, an IHDR of 8 bits a channel in <paramref name="colourType"/>, the pixel data, and the end when asked.</summary>
    private static byte[] PngFile(int width, int height, byte colourType, byte[] idat, bool end)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = colourType;
        using var file = new MemoryStream();
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(file, "IHDR"u8, ihdr);
        Chunk(file, "IDAT"u8, idat);
        if (end)
        {
            Chunk(file, "IEND"u8, []);
        }
        return file.ToArray();
    }

    /// <summary>One PNG row: the filter byte (none), then the colour for every pixel.</summary>
    private static byte[] Row(int width, byte r, byte g, byte b)
    {
        var row = new byte[1 + 3 * width];
        for (var x = 0; x < width; x++)
        {
            (row[1 + 3 * x], row[2 + 3 * x], row[3 + 3 * x]) = (r, g, b);
        }
        return row;
    }

    private static void Chunk(Stream file, ReadOnlySpan<byte> type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        file.Write(length);
        var typed = type.ToArray().Concat(data).ToArray();
        file.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        file.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }

    /// <summary>A gradient with a mark in one corner, so a scaled or turned copy is still recognisably this image.</summary>
    private static byte[] Draw(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [SKColors.SteelBlue, SKColors.Gold], SKShaderTileMode.Clamp) };
            canvas.DrawRect(0, 0, width, height, paint);
            using var mark = new SKPaint { Color = SKColors.DarkRed };
            canvas.DrawRect(0, 0, width / 4f, height / 4f, mark);
        }
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }
}
