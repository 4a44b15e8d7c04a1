using MassarDalil.Content.Media;
using MassarDalil.Content.Problems;
using MassarDalil.Tests.Support;
using SkiaSharp;

namespace MassarDalil.Tests.Media;

/// <summary>The rules of <see cref="ImageProcessor"/> one by one, without the site.</summary>
public class ImageProcessorTests
{
    [Theory]
    [InlineData(2000, 1000, new[] { 480, 960, 1600 })]
    [InlineData(1600, 900, new[] { 480, 960, 1600 })]
    [InlineData(1200, 900, new[] { 480, 960, 1200 })]
    [InlineData(480, 300, new[] { 480 })]
    [InlineData(100, 50, new[] { 100 })]
    // Taller than WebP holds: the widest is floor(16383 × width / height), the shape kept.
    [InlineData(1080, 17000, new[] { 480, 960, 1040 })]
    [InlineData(1600, 18750, new[] { 480, 960, 1398 })]
    [InlineData(100, 200_000, new[] { 8 })]
    [InlineData(1, 16383, new[] { 1 })]
    [InlineData(1, 16384, new int[0])]
    public void VariantsAreTheConfiguredWidthsCappedAtTheImageAndAtWebPsLongestSide(int width, int height, int[] expected)
    {
        var sizes = VariantSizes.For(width, height, [480, 960, 1600]);

        Assert.Equal(expected, sizes.Select(s => s.Width));
        Assert.All(sizes, s => Assert.InRange(s.Height, 1, VariantSizes.WebpMaxSide));
    }

    [Fact]
    public void AnEncoderThatGivesNothingIsANullNotACrash()
    {
        // SkiaSharp's WebP encoder gives nothing for a side past 16,383 pixels; that was a NullReferenceException, a 500.
        using var bitmap = new SKBitmap(1, VariantSizes.WebpMaxSide + 1);

        Assert.Null(ImageProcessor.Encode(bitmap, SKEncodedImageFormat.Webp, 82));
    }

    [Fact]
    public void APhoneJpegStoredSidewaysIsTurnedUprightAndItsExifIsGone()
    {
        var jpeg = TestImages.Jpeg(200, 100);
        // EXIF orientation 6: "turn 90° clockwise to show", as phones write for a portrait photo.
        byte[] exif = [0xFF, 0xE1, 0x00, 0x22, .. "Exif\0\0"u8, .. "MM\0\x2A\0\0\0\x08"u8, 0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
        var sideways = jpeg[..2].Concat(exif).Concat(jpeg[2..]).ToArray();

        var (image, problem) = ImageProcessor.Process(sideways, new MediaOptions());

        Assert.Null(problem);
        Assert.Equal((100, 200), (image!.Width, image.Height));
        using var master = SKBitmap.Decode(image.Master);
        // The dark red mark drawn in the top-left corner is now top right.
        Assert.True(master.GetPixel(90, 10).Red > 100 && master.GetPixel(90, 10).Blue < 60, $"{master.GetPixel(90, 10)}");
        Assert.True(master.GetPixel(10, 10).Blue > 60, $"{master.GetPixel(10, 10)}");
        Assert.Equal(-1, image.Master.AsSpan().IndexOf("Exif"u8));
        Assert.NotEqual(-1, sideways.AsSpan().IndexOf("Exif"u8));
    }

    [Fact]
    public void AHugeDeclaredSizeIsRefusedFromTheHeaderAlone()
    {
        var (image, problem) = ImageProcessor.Process(TestImages.PngHeaderOnly(100_000, 100_000), new MediaOptions());

        Assert.Null(image);
        Assert.Equal(Problem.For("File", ProblemCode.MediaTooManyPixels, "100000", "100000", "30"), problem);
    }
}
