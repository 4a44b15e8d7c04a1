using System.Net;
using MassarDalil.Content.Media;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Media;

/// <summary>
/// Uploads take turns at decoding (<see cref="ImageWork"/>): an image at the pixel limit is hundreds of megabytes while
/// it is processed, so editors uploading at once must not each hold one in the server's memory at the same time.
/// </summary>
public class MediaUploadTurnTests
{
    [Fact]
    public async Task AnUploadWaitsWhileAnotherImageIsProcessedAndIsStoredOnceItsTurnComes()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var work = app.Services.GetRequiredService<ImageWork>();
        var (started, release) = (new TaskCompletionSource(), new TaskCompletionSource());
        // Another upload's image, being processed until the test lets it go.
        var other = Task.Run(() => work.RunAsync(() =>
        {
            started.SetResult();
            return release.Task.Wait(TimeSpan.FromMinutes(1));
        }));
        await started.Task;

        var upload = editor.UploadAsync("second.png", TestImages.Png(640, 480));

        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(30), () => Task.FromResult(work.Waiting == 1)), "the upload never asked for its turn");
        Assert.False(upload.IsCompleted, "the upload did not wait for the image being processed");
        release.SetResult();
        Assert.True(await other);
        using var response = await upload;
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["second.png"], await app.WithDbAsync(db => db.MediaItems.Select(m => m.FileName).ToListAsync()));
        Assert.Equal(0, work.Waiting);
    }
}
