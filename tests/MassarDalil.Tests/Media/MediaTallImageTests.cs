using System.Net;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace MassarDalil.Tests.Media;

/// <summary>
/// Images longer than WebP can hold (16,383 pixels a side), such as a phone's scrolling screenshot of a Massar page:
/// they were a 500 on upload; now their variants are made narrower, keeping their shape.
/// </summary>
public class MediaTallImageTests
{
    public static TheoryData<int, int, (int Width, int Height)[]> Tall => new()
    {
        // 1040 = floor(16383 × 1080 / 17000): the widest whose height stays within WebP's limit.
        { 1080, 17000, [(480, 7556), (960, 15111), (1040, 16370)] },
        { 100, 200_000, [(8, 16000)] },
    };

    [Theory]
    [MemberData(nameof(Tall))]
    public async Task ATallScreenshotIsStoredWhole(int width, int height, (int Width, int Height)[] variants)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();

        var hash = await editor.UploadedAsync(TestImages.BandedPng(width, height), "scrolling-screenshot.png");

        var stored = await app.WithDbAsync(db => db.MediaItems.AsNoTracking().Include(m => m.Variants).SingleAsync(m => m.Hash == hash));
        Assert.Equal(("image/png", width, height), (stored.ContentType, stored.Width, stored.Height));
        Assert.Equal(variants, stored.Variants.OrderBy(v => v.Width).Select(v => (v.Width, v.Height)));
        var library = await editor.GetDocumentAsync("/manager/media");
        Assert.Contains($"{width} × {height} pixels", library.QuerySelector($"#media-{hash} .meta")!.TextContent, StringComparison.Ordinal);
        var (widest, tallest) = variants[^1];
        using var served = await app.CreateVisitor().GetAsync($"/media/{hash}-{widest}.webp");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        using var shown = SKBitmap.Decode(await served.Content.ReadAsByteArrayAsync());
        Assert.Equal((widest, tallest), (shown.Width, shown.Height));
        // Scaled, not cropped: the red band at the foot of the screenshot is there.
        Assert.True(shown.GetPixel(widest / 2, tallest - 1).Red > 150, $"{shown.GetPixel(widest / 2, tallest - 1)}");
    }

    [Theory]
    [InlineData("en", "The image is 1 × 20000 pixels; one side may be at most 16383 times as long as the other.")]
    [InlineData("ar", "أبعاد الصورة 1 × 20000 بكسل؛ ولا يجوز أن يزيد طول أحد جانبيها على 16383 ضعف طول الجانب الآخر.")]
    public async Task AnImageTooNarrowForEvenAOnePixelVariantIsRefusedFromItsHeaderAtTheFileField(string language, string message)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).In(language);

        // Only a header: decoding it would fail as damaged, so this message shows the size was judged before decoding.
        using var response = await editor.UploadAsync("strip.png", TestImages.PngHeaderOnly(1, 20_000));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(message, (await response.ShownAsync()).QuerySelector("#upload-form .field.invalid .field-error")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
    }
}
