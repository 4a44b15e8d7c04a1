using MassarDalil.Content.Data;

namespace MassarDalil.Cli.Commands;

/// <summary>
/// The folder an export is written to (<c>export</c>, <c>export-static</c>). It is built in a hidden folder beside the
/// target and moved into place only when complete, so the target holds exactly one whole export, never half of one
/// nor files left from an earlier one. A folder holding anything but a previous export of the same kind (recognised by
/// its marker file) is refused without --force; the repository and the current folder are refused even with it.
/// </summary>
internal sealed class ExportFolder(string command, string markerFile)
{
    /// <summary>The target as a full path, without a trailing separator.</summary>
    public static string Target(string path) => Path.GetFullPath(path.TrimEnd('/', Path.DirectorySeparatorChar));

    /// <summary>Why <paramref name="target"/> may not be replaced, in one line; null when it may.</summary>
    public string? Refusal(string target, bool force)
    {
        if (Contains(target, Directory.GetCurrentDirectory()) || Contains(target, ContentPaths.Root))
        {
            // Replacing the folder would delete the repository or the folder the operator stands in.
            return $"{command} refused: {target} holds the repository or the current folder; choose a folder of its own";
        }
        if (File.Exists(target))
        {
            return $"{command} refused: {target} is a file, not a folder";
        }
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() &&
            !File.Exists(Path.Combine(target, markerFile)) && !force)
        {
            return $"{command} refused: {target} holds files that are not a previous export; choose an empty folder, or add --force to replace everything in it";
        }
        return null;
    }

    /// <summary>
    /// Runs <paramref name="build"/> on a new hidden folder beside <paramref name="target"/> (the builder writes the
    /// marker file), then swaps it into place. On failure or cancellation the hidden folder is removed and the target
    /// is left as it was.
    /// </summary>
    public static async Task<T> BuildAsync<T>(string target, Func<string, Task<T>> build)
    {
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var building = Path.Combine(parent, $".{Path.GetFileName(target)}.partial-{Guid.NewGuid():N}");
        Directory.CreateDirectory(building);
        try
        {
            var result = await build(building);
            Replace(target, building);
            return result;
        }
        finally
        {
            if (Directory.Exists(building))
            {
                Directory.Delete(building, recursive: true);
            }
        }
    }

    /// <summary>Swaps the finished export into place; if that fails half way, the previous one is put back.</summary>
    private static void Replace(string target, string building)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(building, target);
            return;
        }
        var previous = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.previous-{Guid.NewGuid():N}");
        Directory.Move(target, previous);
        try
        {
            Directory.Move(building, target);
        }
        catch (IOException)
        {
            Directory.Move(previous, target);
            throw;
        }
        Directory.Delete(previous, recursive: true);
    }

    private static bool Contains(string folder, string path)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
