using System.Net;
using MassarDalil.Content.Media;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Areas.Manager;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Media;

/// <summary>
/// Uploads too large to read, through Kestrel as a browser meets it (its 30 MB limit applies there, not in the
/// in-memory server): the editor gets the file field's message, never a bare 413.
/// </summary>
public class MediaUploadLimitTests
{
    private const long KestrelDefaultLimit = 30_000_000;

    private static async Task<HttpClient> EditorOnKestrelAsync(MassarApp app)
    {
        var address = app.StartOnLoopback();
        await app.AddUserAsync(ManagerAccess.EditorEmail, ManagerAccess.EditorPassword, MassarDalil.Web.Areas.Manager.Accounts.Roles.Editor);
        var editor = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = address }.InEnglish();
        using var signedIn = await editor.SignInAsync(ManagerAccess.EditorEmail, ManagerAccess.EditorPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return editor;
    }

    public static TheoryData<long> TooLargeToRead => new()
    {
        MediaUploadLimitAttribute.MaxBodyBytes(new MediaOptions()) + 1, // just over this form's own limit
        KestrelDefaultLimit + 1, // over Kestrel's, which answered a bare 413 before
        40_000_000,
    };

    [Theory]
    [MemberData(nameof(TooLargeToRead))]
    public async Task AnUploadTooLargeToReadLeadsBackToTheLibraryWithTheFileFieldsMessage(long fileBytes)
    {
        using var app = ManagerAccess.NewApp();
        using var editor = await EditorOnKestrelAsync(app);

        using var response = await editor.UploadAsync("huge.png", new StreamContent(new ZeroStream(fileBytes)));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var library = await editor.GetDocumentAsync(response.Location()!);
        Assert.Equal("The file is larger than 10 MB.", library.QuerySelector("#upload-form .field.invalid .field-error")!.TextContent);
        Assert.Contains("#f-file", library.QuerySelector(".error-summary a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TooLargeToRead))]
    public async Task AChunkedUploadThatOutgrowsTheLimitLeadsBackToTheLibraryWithTheFileFieldsMessage(long fileBytes)
    {
        using var app = ManagerAccess.NewApp();
        using var editor = await EditorOnKestrelAsync(app);
        using var file = new StreamContent(new ZeroStream(fileBytes, announced: false));
        Assert.Null(file.Headers.ContentLength);

        using var response = await editor.UploadAsync("huge.png", file);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var library = await editor.GetDocumentAsync(response.Location()!);
        Assert.Equal("The file is larger than 10 MB.", library.QuerySelector("#upload-form .field.invalid .field-error")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
    }

    [Fact]
    public async Task AChunkedUploadWithinTheLimitIsStoredLikeAnyOther()
    {
        using var app = ManagerAccess.NewApp();
        using var editor = await EditorOnKestrelAsync(app);
        using var file = new StreamContent(new UnannouncedStream(TestImages.Png(40, 40)));
        Assert.Null(file.Headers.ContentLength);

        using var response = await editor.UploadAsync("small.png", file);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
    }

    /// <summary>Bytes HttpClient cannot measure beforehand, so it sends them chunked.</summary>
    private sealed class UnannouncedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    [Fact]
    public async Task ALimitConfiguredAboveKestrelsIsReadAndCheckedLikeAnyUpload()
    {
        using var app = ManagerAccess.NewApp(new() { ["Media:MaxUploadBytes"] = "41943040" });
        using var editor = await EditorOnKestrelAsync(app);

        // 31 MB of zeros: over Kestrel's default limit, under the configured one, and no image.
        using var response = await editor.UploadAsync("zeros.png", new StreamContent(new ZeroStream(KestrelDefaultLimit + 1_000_000)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull((await response.ShownAsync()).QuerySelector("#upload-form .field.invalid .field-error"));
        Assert.Equal(0, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
    }

    [Fact]
    public async Task AnUploadWithinTheLimitStillNeedsTheFormsAntiforgeryToken()
    {
        using var app = ManagerAccess.NewApp();
        using var editor = await EditorOnKestrelAsync(app);
        using var content = new MultipartFormDataContent { { new ByteArrayContent(TestImages.Png(40, 40)), "Input.File", "small.png" } };

        using var response = await editor.PostAsync("/manager/media?handler=Upload", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
    }
}
