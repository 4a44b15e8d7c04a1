using System.Net;
using MassarDalil.Content.Audit;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Media;

/// <summary>The media library's upload: what is accepted, what is made of it, and every family of file it refuses.</summary>
public class MediaUploadTests
{
    public static TheoryData<string, string> Accepted => new()
    {
        { "photo.png", "image/png" }, { "photo.jpg", "image/jpeg" }, { "photo.webp", "image/webp" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task AnAcceptedImageIsStoredWithWebPVariantsItsAltTextsAndAnAuditEntry(string fileName, string contentType)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var bytes = contentType switch
        {
            "image/jpeg" => TestImages.Jpeg(2000, 1000),
            "image/webp" => TestImages.Webp(2000, 1000),
            _ => TestImages.Png(2000, 1000),
        };

        var hash = await editor.UploadedAsync(bytes, fileName);

        var stored = await app.WithDbAsync(db => db.MediaItems.AsNoTracking().Include(m => m.Variants).Include(m => m.AltTexts).SingleAsync(m => m.Hash == hash));
        Assert.Equal((contentType, 2000, 1000), (stored.ContentType, stored.Width, stored.Height));
        Assert.Equal([(480, 240), (960, 480), (1600, 800)], stored.Variants.OrderBy(v => v.Width).Select(v => (v.Width, v.Height)));
        Assert.All(stored.Variants, v => Assert.Equal("WEBP", System.Text.Encoding.ASCII.GetString(v.Bytes, 8, 4)));
        Assert.Equal(["ar", "en", "fr"], stored.AltTexts.Select(a => a.SiteKey).Order());
        Assert.Equal(ManagerAccess.EditorEmail, stored.UploadedBy);
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == AuditActions.MediaUpload && a.Target == hash)));
        var library = await editor.GetDocumentAsync("/manager/media");
        Assert.Equal($"/media/{hash}-480.webp", library.QuerySelector($"#media-{hash} img")!.GetAttribute("src"));
    }

    [Fact]
    public async Task AnImageNarrowerThanEveryWidthGetsOneVariantAtItsOwnWidth()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();

        var hash = await editor.UploadedAsync(TestImages.Png(300, 200));

        var widths = await app.WithDbAsync(db => db.MediaVariants.Where(v => db.MediaItems.Any(m => m.Id == v.MediaItemId && m.Hash == hash)).Select(v => v.Width).ToListAsync());
        Assert.Equal([300], widths);
    }

    [Fact]
    public async Task AFileNameLongerThanItsColumnIsCutBeforeAnEmojiNotThroughIt()
    {
        // The column holds 255 units; the emoji is the 255th and 256th. Cut through, PostgreSQL refused the upload
        // (a 500) and SQLite kept a broken character.
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var name = new string('x', 254) + "😀" + ".png";

        var hash = await editor.UploadedAsync(TestImages.Png(300, 200), name);

        var stored = await app.WithDbAsync(db => db.MediaItems.AsNoTracking().Where(m => m.Hash == hash).Select(m => m.FileName).SingleAsync());
        Assert.Equal(new string('x', 254), stored);
        WellFormedText.Assert(stored);
        var library = await editor.GetDocumentAsync("/manager/media");
        Assert.Equal(stored, library.QuerySelector($"#media-{hash} bdi[dir=ltr]")!.TextContent);
    }

    [Fact]
    public async Task TheSameImageUploadedTwiceIsKeptOnce()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var bytes = TestImages.Png(640, 480);

        var first = await editor.UploadedAsync(bytes);
        using var again = await editor.UploadAsync("copy.png", bytes);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.MediaItems.CountAsync(m => m.Hash == first)));
        var page = await editor.GetDocumentAsync(again.Location()!);
        Assert.Contains("This image was already in the library.", page.Body!.TextContent, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, Func<byte[]>, string> Refused => new()
    {
        { "logo.svg", "image/svg+xml", () => TestImages.Svg, "Only JPEG, PNG and WebP images are accepted (SVG and other files are not)." },
        { "page.png", "image/png", () => TestImages.Html, "Only JPEG, PNG and WebP images are accepted (SVG and other files are not)." },
        { "cut.png", "image/png", TestImages.TruncatedPng, "This image is damaged or incomplete, or its content is not what its name says." },
        { "bomb.png", "image/png", () => TestImages.PngHeaderOnly(60_000, 60_000), "The image is 60000 × 60000 pixels; at most 30 million pixels are accepted." },
        { "empty.png", "image/png", () => [], "The file is empty." },
        // A JPEG's first bytes with PNG's name and type: the bytes decide, and these are no whole image.
        { "photo.png", "image/png", () => TestImages.Jpeg(200, 100)[..40], "This image is damaged or incomplete, or its content is not what its name says." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task ARefusedFileGetsAFieldMessageAndNothingIsStored(string fileName, string contentType, Func<byte[]> bytes, string message)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();

        using var response = await editor.UploadAsync(fileName, bytes(), contentType: contentType);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var shown = await response.ShownAsync();
        Assert.Equal(message, shown.QuerySelector("#upload-form .field.invalid .field-error")!.TextContent);
        Assert.Equal("The Massar sign-in page", shown.QuerySelector("#f-alt-en")!.GetAttribute("value"));
        Assert.Equal(0, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsRefusedWithTheLimitInTheMessage()
    {
        using var app = ManagerAccess.NewApp(new() { ["Media:MaxUploadBytes"] = "102400" });
        var editor = (await app.EditorAsync()).InEnglish();
        // Over the limit but within the form's room for the rest (MediaUploadLimitAttribute.FormAllowance): read, then refused.
        var padded = TestImages.Png(100, 100).Concat(new byte[120_000]).ToArray();

        using var response = await editor.UploadAsync("big.png", padded);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("The file is larger than 0.1 MB.", (await response.ShownAsync()).QuerySelector(".field.invalid .field-error")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
    }

    [Fact]
    public async Task AnImageWithoutAltTextInEveryLanguageIsRefusedAtThatField()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var alt = MediaForms.AltEverywhere();
        alt["fr"] = "  ";

        using var response = await editor.UploadAsync("screenshot.png", TestImages.Png(400, 300), alt);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var shown = await response.ShownAsync();
        var invalid = Assert.Single(shown.QuerySelectorAll("#upload-form .field.invalid"));
        Assert.Equal("f-alt-fr", invalid.QuerySelector("input")!.Id);
        Assert.Contains("#f-alt-fr", shown.QuerySelector(".error-summary a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
    }
}
