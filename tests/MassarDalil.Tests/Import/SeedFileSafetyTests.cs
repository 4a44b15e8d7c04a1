using System.Diagnostics;
using System.Net.Sockets;
using MassarDalil.Content.Import;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Import;

/// <summary>
/// The seed reader opens ordinary files inside the seed folder only, and reads YAML within limits: a pipe once made
/// <c>validate</c> wait forever, /dev/zero filled the memory, and a few kilobytes of nested YAML ended it with a
/// stack overflow.
/// </summary>
public sealed class SeedFileSafetyTests : IDisposable
{
    private readonly SeedFolder _seed = SeedFolder.CopyOfRealSeed();
    private readonly string _outside = Path.Combine(Path.GetTempPath(), $"massar-outside-{Guid.NewGuid():N}.md");

    [Theory]
    [InlineData("link-outside", "a link to {outside}, outside the seed folder")]
    [InlineData("link-to-dev-zero", "a link to /dev/zero, outside the seed folder")]
    [InlineData("link-nowhere", "a link to a file that does not exist")]
    [InlineData("link-loop", "a link to a file that does not exist (or a chain of links that never ends)")]
    [InlineData("fifo", "a named pipe (FIFO), not an ordinary file")]
    [InlineData("device", "a character device, not an ordinary file")]
    [InlineData("socket", "a socket, not an ordinary file")]
    public void ASeedFileThatIsNotAnOrdinaryFileInsideTheFolderIsRefusedByPath(string kind, string message)
    {
        File.WriteAllText(_outside, "---\ntype: guide\nkey: secret\nslug: secret\ntitle: Secret\n---\n\nFrom outside.\n");
        var page = _seed.File("en/guides/page.md");
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        using var socket = Make(kind, page);

        var result = SeedFolderReader.Read(_seed.Path);

        Assert.False(result.IsValid);
        Assert.StartsWith($"{page}: {message.Replace("{outside}", _outside, StringComparison.Ordinal)}", Assert.Single(result.Errors).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASitesFileThatIsAPipeIsRefusedInsteadOfWaitedFor()
    {
        File.Delete(_seed.File("sites.yml"));
        Run("mkfifo", _seed.File("sites.yml"));

        var result = SeedFolderReader.Read(_seed.Path);

        Assert.Contains($"{_seed.File("sites.yml")}: a named pipe (FIFO), not an ordinary file; a seed file must be a plain text file",
            result.Errors.Select(e => e.Text));
    }

    [Fact]
    public void ALinkToAnotherFileInsideTheFolderIsRead()
    {
        _seed.Write(".originals/guide.md", "---\ntype: guide\nkey: linked\nslug: linked\ntitle: Linked\n---\n\nRead through a link.\n");
        File.CreateSymbolicLink(_seed.File("en/linked.md"), "../.originals/guide.md");

        var result = SeedFolderReader.Read(_seed.Path);

        Assert.True(result.IsValid, string.Join('\n', result.Errors.Select(x => x.Text)));
        Assert.Contains(result.Set!.Pages, p => p.Slug == "linked" && p.Content.Body == "Read through a link.");
    }

    [Theory]
    [InlineData(SeedYaml.MaxDepth + 1)]
    [InlineData(1_000)]
    public void FrontMatterNestedDeeperThanTheLimitIsRefusedAtItsLine(int depth)
    {
        _seed.Write("en/guides/deep.md", $"---\ntype: guide\nkey: deep\nslug: deep\ntitle: {new string('[', depth)}{new string(']', depth)}\n---\n\nText.\n");

        var result = SeedFolderReader.Read(_seed.Path);

        Assert.Equal($"{_seed.File("en/guides/deep.md")}:5: the front matter is refused: the YAML is nested more than {SeedYaml.MaxDepth} levels deep; nothing else in this file was checked",
            Assert.Single(result.Errors).Text);
    }

    [Fact]
    public void ASitesFileNestedDeeperThanTheLimitIsRefusedAtItsLine()
    {
        File.AppendAllText(_seed.File("sites.yml"), $"extra: {new string('[', 1_000)}{new string(']', 1_000)}\n");

        var result = SeedFolderReader.Read(_seed.Path);

        Assert.Contains(result.Errors, e => e.File == _seed.File("sites.yml") && e.Line > 0 &&
            e.Message == $"refused: the YAML is nested more than {SeedYaml.MaxDepth} levels deep");
    }

    [Theory]
    [InlineData("title: &name Aliased\ndescription: *name\n")]
    [InlineData("title: Aliased\ndescription: &name text\n")]
    public void YamlAnchorsAndAliasesAreRefused(string fields)
    {
        _seed.Write("en/guides/alias.md", $"---\ntype: guide\nkey: alias\nslug: alias\n{fields}---\n\nText.\n");

        var result = SeedFolderReader.Read(_seed.Path);

        Assert.Equal("the front matter is refused: YAML anchors and aliases (&name, *name) are not used in seed files; nothing else in this file was checked", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task ValidateReportsDeeplyNestedYamlInsteadOfCrashing()
    {
        using var database = new TestDatabase();
        _seed.Write("en/guides/deep.md", $"---\ntype: guide\nkey: deep\nslug: deep\ntitle: {new string('[', 2_000)}\n---\n\nText.\n");

        var result = await MassarCli.RunAsync(database.Path, "validate", _seed.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{_seed.File("en/guides/deep.md")}:5: the front matter is refused: the YAML is nested more than", result.Errors, StringComparison.Ordinal);
    }

    /// <summary>Puts the kind of file at <paramref name="path"/>; a socket lives as long as its listener.</summary>
    private Socket? Make(string kind, string path)
    {
        switch (kind)
        {
            case "link-outside":
                File.CreateSymbolicLink(path, _outside);
                return null;
            case "link-to-dev-zero":
                File.CreateSymbolicLink(path, "/dev/zero");
                return null;
            case "link-nowhere":
                File.CreateSymbolicLink(path, _seed.File("en/missing.md"));
                return null;
            case "link-loop":
                File.CreateSymbolicLink(path, _seed.File("en/loop.txt"));
                File.CreateSymbolicLink(_seed.File("en/loop.txt"), path);
                return null;
            case "fifo":
                Run("mkfifo", path);
                return null;
            case "device":
                Run("mknod", path, "c", "1", "5"); // /dev/zero's numbers; the tests run as root in CI
                return null;
            case "socket":
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                socket.Bind(new UnixDomainSocketEndPoint(path));
                return socket;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(program, args);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    public void Dispose()
    {
        _seed.Dispose();
        File.Delete(_outside);
    }
}
