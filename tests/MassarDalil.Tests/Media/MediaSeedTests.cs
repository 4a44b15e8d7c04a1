using MassarDalil.Content.Import;
using MassarDalil.Content.Media;
using MassarDalil.Content.Problems;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Media;

/// <summary>Images in a seed folder: <c>media/{hash}.png</c> with <c>media/media.yml</c>, exported and imported back.</summary>
public sealed class MediaSeedTests : IDisposable
{
    private const string Hash = "0123456789abcdef";
    private const string MediaYml = "media/media.yml";

    private readonly SeedFolder _seed = SeedFolder.CopyOfRealSeed();

    public void Dispose() => _seed.Dispose();

    private void WriteImage(byte[] bytes, string name = Hash + ".png")
    {
        Directory.CreateDirectory(_seed.File("media"));
        File.WriteAllBytes(_seed.File("media/" + name), bytes);
    }

    private void WriteGuide(string hash = Hash) =>
        _seed.Write("en/guides/steps.md", $"---\ntype: guide\nkey: steps\nslug: steps\ntitle: Steps\n---\n\nOpen the portal.\n\n![](media:{hash})\n");

    private void WriteAlt(string fr = "La page de connexion") =>
        _seed.Write(MediaYml, $"{Hash}:\n  ar: \"صفحة الدخول\"\n  en: \"The sign-in page\"\n  fr: \"{fr}\"\n");

    [Fact]
    public void AFolderWithAnImageItsAltTextsAndAPageShowingItReads()
    {
        WriteImage(TestImages.Png(1200, 600));
        WriteAlt();
        WriteGuide();

        var read = SeedFolderReader.Read(_seed.Path);

        Assert.True(read.IsValid, string.Join("\n", read.Errors));
        var image = Assert.Single(read.Set!.Media);
        Assert.Equal((Hash, 1200, 600), (image.Hash, image.Image.Width, image.Image.Height));
        Assert.Equal("The sign-in page", image.Alt["en"]);
    }

    [Fact]
    public void EachMediaProblemIsReportedAtItsFileAndLine()
    {
        WriteAlt(fr: "");
        _seed.Write(MediaYml, File.ReadAllText(_seed.File(MediaYml)) + "not-a-hash:\n  en: x\n");
        WriteGuide("fedcba9876543210");

        var errors = SeedFolderReader.Read(_seed.Path).Errors;

        Assert.Contains(Problem.At(_seed.File(MediaYml), 1, ProblemCode.MediaAltMissing, Hash, "fr"), errors);
        Assert.Contains(Problem.At(_seed.File(MediaYml), 1, ProblemCode.MediaFileMissing, $"media/{Hash}.png"), errors);
        Assert.Contains(Problem.At(_seed.File(MediaYml), 5, ProblemCode.MediaHashForm, "not-a-hash", Problem.Number(MediaHash.Length)), errors);
        Assert.Contains(Problem.At(_seed.File("en/guides/steps.md"), 10, ProblemCode.MediaUnknown, "fedcba9876543210"), errors);
    }

    [Fact]
    public void AnSvgNamedPngInTheMediaFolderIsRefusedAtThatFile()
    {
        WriteImage(TestImages.Svg);
        WriteAlt();

        var errors = SeedFolderReader.Read(_seed.Path).Errors;

        Assert.Equal([Problem.At(_seed.File($"media/{Hash}.png"), 0, ProblemCode.MediaNotAccepted)], errors);
    }

    [Fact]
    public async Task ExportWritesTheLibraryAndImportingItIntoAnotherSiteShowsTheSameImageWithItsAltText()
    {
        string hash;
        using (var source = ManagerAccess.NewApp())
        {
            var editor = (await source.EditorAsync()).InEnglish();
            hash = await editor.UploadedAsync(TestImages.Png(1200, 600));
            var guide = await editor.CreateAndPublishGuideAsync("en", "steps");
            await editor.SaveGuideAsync(guide, new() { ["Input.Body"] = $"![](media:{hash})", ["command"] = "publish" });
            using var export = SeedFolder.Empty();
            await source.WithDbAsync((_, services) => services.GetRequiredService<SeedExporter>().ExportAsync(export.Path));
            Assert.True(File.Exists(export.File($"media/{hash}.png")));
            Assert.Contains("en: \"The Massar sign-in page\"", File.ReadAllText(export.File(MediaYml)), StringComparison.Ordinal);
            Assert.Contains("ar: \"صفحة الدخول إلى مسار\"", File.ReadAllText(export.File(MediaYml)), StringComparison.Ordinal);
            var read = SeedFolderReader.Read(export.Path);
            Assert.True(read.IsValid, string.Join("\n", read.Errors));

            using var target = new MassarApp();
            var first = await target.WithDbAsync((_, services) => services.GetRequiredService<SeedImporter>().ImportAsync(read.Set!, "test"));
            var second = await target.WithDbAsync((_, services) => services.GetRequiredService<SeedImporter>().ImportAsync(read.Set!, "test"));

            Assert.Equal(1, first.Media.Added);
            Assert.Equal((0, 1, false), (second.Media.Touched, second.Media.Unchanged, second.ChangedAnything));
            var visitor = target.CreateVisitor();
            Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(5), async () => (await visitor.GetAsync("/en/steps")).IsSuccessStatusCode));
            var page = await visitor.GetDocumentAsync("/en/steps");
            Assert.Equal("The Massar sign-in page", page.QuerySelector($"main img[src='/media/{hash}-960.webp']")!.GetAttribute("alt"));
            using var variant = await visitor.GetAsync($"/media/{hash}-1200.webp");
            Assert.Equal(System.Net.HttpStatusCode.OK, variant.StatusCode);
            Assert.Equal(3, await target.WithDbAsync(db => db.MediaAltTexts().CountAsync()));
        }
    }
}

internal static class MediaQueries
{
    public static IQueryable<MassarDalil.Content.Media.MediaAlt> MediaAltTexts(this MassarDalil.Content.Data.ContentDbContext db) =>
        db.Set<MassarDalil.Content.Media.MediaAlt>();
}
