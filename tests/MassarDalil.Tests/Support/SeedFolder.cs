namespace MassarDalil.Tests.Support;

/// <summary>A throw-away seed folder: a copy of the real seed, or files a test writes.</summary>
public sealed class SeedFolder : IDisposable
{
    private SeedFolder(string path) => Path = path;

    public string Path { get; }

    public static SeedFolder Empty()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "massar-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new SeedFolder(path);
    }

    public static SeedFolder CopyOfRealSeed()
    {
        var folder = Empty();
        foreach (var file in Directory.GetFiles(TestPaths.Seed, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(folder.Path, System.IO.Path.GetRelativePath(TestPaths.Seed, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
        return folder;
    }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(File(relative))!);
        System.IO.File.WriteAllText(File(relative), text);
    }

    /// <summary>Edits a file in place; the text to replace must be there, so a test cannot silently edit nothing.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = System.IO.File.ReadAllText(File(relative));
        if (!text.Contains(oldText, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{oldText}' is not in {relative}");
        }
        System.IO.File.WriteAllText(File(relative), text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
