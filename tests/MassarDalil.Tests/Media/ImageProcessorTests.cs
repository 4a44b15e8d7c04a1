using MassarDalil.Content.Media;
using MassarDalil.Content.Problems;
using MassarDalil.Tests.Support;
using SkiaSharp;

namespace MassarDalil.Tests.Media;

/// <summary>The rules of <see cref="ImageProcessor"/> one by one, without the site.</summary>
public class ImageProcessorTests
{
    [Theory]
    [InlineData(2000, new[] { 480, 960, 1600 })]
    [InlineData(1600, new[] { 480, 960, 1600 })]
    [InlineData(1200, new[] { 480, 960, 1200 })]
    [InlineData(480, new[] { 480 })]
    [InlineData(100, new[] { 100 })]
    public void VariantsAreTheConfiguredWidthsCappedAtTheImage(int width, int[] expected) =>
        Assert.Equal(expected, ImageProcessor.VariantWidths(width, [480, 960, 1600]));

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
