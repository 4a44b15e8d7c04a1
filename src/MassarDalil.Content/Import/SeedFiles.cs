using System.Globalization;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Import;

/// <summary>
/// Opens seed files: ordinary files inside the seed folder only, read up to the size limit plus one byte. A link out
/// of the folder would import whatever it names; a named pipe waits forever for a writer; /dev/zero never ends.
/// </summary>
internal static class SeedFiles
{
    /// <summary>Links followed in one path before giving up (Linux's own limit).</summary>
    private const int MaxLinks = 40;

    /// <summary>The file's text (<see cref="Read"/>, then <see cref="SeedText.Decode"/>), or null with a problem saying why not.</summary>
    public static string? ReadText(string file, string folder, List<Problem> problems) =>
        Read(file, folder, problems) is { } bytes ? SeedText.Decode(file, bytes, problems) : null;

    /// <summary>The file's bytes, or null with a problem saying why it was not read.</summary>
    public static byte[]? Read(string file, string folder, List<Problem> problems)
    {
        var real = RealPath(file, 0);
        var problem = Refusal(file, real, folder);
        if (real is null || problem is not null)
        {
            problems.Add(problem ?? Problem.At(file, 0, ProblemCode.LinkToNothing));
            return null;
        }
        // The length of what a link leads to, not of the link. Checked before reading so a huge file is refused
        // without loading it; the read is bounded by it all the same (a file still being written is read as it was).
        var length = new FileInfo(real).Length;
        using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var bytes = new byte[Math.Min(length, SeedText.MaxFileBytes) + 1];
        var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (read > SeedText.MaxFileBytes)
        {
            problems.Add(Problem.At(file, 1, ProblemCode.FileTooBig, (length / 1024).ToString(CultureInfo.InvariantCulture), (SeedText.MaxFileBytes / 1024).ToString(CultureInfo.InvariantCulture)));
            return null;
        }
        return bytes[..read];
    }

    private static Problem? Refusal(string file, string? real, string folder)
    {
        if (real is null || !File.Exists(real))
        {
            return Problem.At(file, 0, ProblemCode.LinkToNothing);
        }
        var root = RealPath(folder, 0) ?? Path.GetFullPath(folder);
        if (!real.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return Problem.At(file, 0, ProblemCode.LinkOutsideFolder, real);
        }
        return FileKinds.NotRegular(real) is { } kind ? Problem.At(file, 0, kind) : null;
    }

    /// <summary>The path with every link along it followed; null when links loop or go on too long.</summary>
    private static string? RealPath(string path, int links)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (new FileInfo(current).LinkTarget is { } target)
            {
                // A relative target is relative to the folder holding the link.
                var next = links < MaxLinks ? RealPath(Path.GetFullPath(target, Path.GetDirectoryName(current)!), links + 1) : null;
                if (next is null)
                {
                    return null;
                }
                current = next;
            }
        }
        return current;
    }
}
