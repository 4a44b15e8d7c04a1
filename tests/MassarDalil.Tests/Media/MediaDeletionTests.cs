using System.Net;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Media;

/// <summary>
/// A deleted image stops being served: at once by the server that deleted it, and by every other server with its next
/// snapshot. Each server had kept the variants it served in memory and went on serving them (an editor deleting a
/// screenshot with a pupil's name on it believed it gone).
/// </summary>
public class MediaDeletionTests
{
    [Fact]
    public async Task ADeletedImageIsNotFoundAtOnceOnTheServerThatDeletedIt()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var hash = await editor.UploadedAsync(TestImages.Png(700, 400));
        var visitor = app.CreateVisitor();
        foreach (var width in new[] { 480, 700 })
        {
            await AssertServedAsync(visitor, hash, width, HttpStatusCode.OK);
            await AssertServedAsync(visitor, hash, width, HttpStatusCode.OK); // the second from memory
        }

        await DeleteAsync(editor, hash);

        await AssertServedAsync(visitor, hash, 480, HttpStatusCode.NotFound);
        await AssertServedAsync(visitor, hash, 700, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ADeletedImageIsNotFoundOnAnotherServerOnceItsSnapshotHasTheDeletion()
    {
        using var first = ManagerAccess.NewApp();
        var editor = (await first.EditorAsync()).InEnglish();
        var hash = await editor.UploadedAsync(TestImages.Png(700, 400));
        using var second = new MassarApp(new Dictionary<string, string?>(first.DatabaseSettings));
        var visitor = second.CreateVisitor();
        await AssertServedAsync(visitor, hash, 700, HttpStatusCode.OK);
        await AssertServedAsync(visitor, hash, 700, HttpStatusCode.OK); // the second from that server's memory

        await DeleteAsync(editor, hash);
        // What the second server's watcher does twice a second (ContentChangeWatcher), done here rather than waited for:
        // it reads the content version the deletion raised and takes the snapshot without the image.
        await second.RefreshContentAsync();

        await AssertServedAsync(visitor, hash, 700, HttpStatusCode.NotFound);
    }

    private static async Task DeleteAsync(HttpClient editor, string hash)
    {
        var library = await editor.GetDocumentAsync("/manager/media");
        using var deleted = await editor.SubmitAsync(library, $"#delete-form-{hash}");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
    }

    private static async Task AssertServedAsync(HttpClient visitor, string hash, int width, HttpStatusCode expected)
    {
        using var response = await visitor.GetAsync($"/media/{hash}-{width}.webp");
        Assert.Equal(expected, response.StatusCode);
    }
}
