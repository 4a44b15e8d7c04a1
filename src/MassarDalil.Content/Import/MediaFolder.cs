using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using MassarDalil.Content.Media;
using MassarDalil.Content.Problems;
using YamlDotNet.RepresentationModel;

namespace MassarDalil.Content.Import;

/// <summary>One image of a seed folder, read and checked: its file made into what the library stores, and its alt texts.</summary>
public sealed record SeedMedia(string File, int Line, string Hash, string ImageFile, ProcessedImage Image, IReadOnlyDictionary<string, string> Alt);

/// <summary>
/// The seed folder's <c>media/</c>: each image as <c>{hash}.png</c> (or <c>.jpg</c>, <c>.webp</c>: the library's
/// metadata-free master) and <c>media.yml</c>, a map of each hash to its alt text per site. The hash stays the image's
/// name through export and import, so the pages' <c>![](media:HASH)</c> keep pointing at it.
/// </summary>
public static class MediaFolder
{
    public const string Folder = "media";
    public const string FileName = "media.yml";

    private static readonly string[] Extensions = [".png", ".jpg", ".webp"];

    public static IReadOnlyList<SeedMedia> Read(string seedFolder, IReadOnlyList<string> sites, List<Problem> errors)
    {
        var file = Path.Combine(seedFolder, Folder, FileName);
        if (!File.Exists(file) || SeedFiles.ReadText(file, seedFolder, errors) is not { } text)
        {
            return [];
        }
        if (SeedYaml.Load(file, text, errors) is not { } yaml)
        {
            return [];
        }
        if (yaml.Documents.Count == 0)
        {
            return [];
        }
        if (yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(Problem.At(file, Line(yaml.Documents[0].RootNode), ProblemCode.MediaNotAMap));
            return [];
        }
        var media = new List<SeedMedia>();
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var line = Line(keyNode);
            var hash = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!MediaHash.IsValid(hash))
            {
                errors.Add(Problem.At(file, line, ProblemCode.MediaHashForm, hash, Problem.Number(MediaHash.Length)));
                continue;
            }
            if (valueNode is not YamlMappingNode altNode || altNode.Children.Any(c => c.Key is not YamlScalarNode || c.Value is not YamlScalarNode))
            {
                errors.Add(Problem.At(file, line, ProblemCode.MediaNotAMap));
                continue;
            }
            var alt = altNode.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value ?? "", c => (((YamlScalarNode)c.Value).Value ?? "").Trim(), StringComparer.Ordinal);
            foreach (var site in sites.Where(s => string.IsNullOrEmpty(alt.GetValueOrDefault(s))))
            {
                errors.Add(Problem.At(file, line, ProblemCode.MediaAltMissing, hash, site));
            }
            var imageFile = Extensions.Select(e => Path.Combine(seedFolder, Folder, hash + e)).FirstOrDefault(File.Exists);
            if (imageFile is null)
            {
                errors.Add(Problem.At(file, line, ProblemCode.MediaFileMissing, $"{Folder}/{hash}.png"));
                continue;
            }
            // REVIEW: the default limits, not the site's Media options: the reader is also the CLI's validate, which has none.
            var (image, problem) = ImageProcessor.Process(File.ReadAllBytes(imageFile), new MediaOptions());
            if (problem is not null)
            {
                errors.Add(Problem.At(imageFile, 0, problem.Code, [.. problem.Args]));
                continue;
            }
            media.Add(new SeedMedia(file, line, hash, imageFile, image!, alt.Where(a => sites.Contains(a.Key)).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal)));
        }
        return media;
    }

    /// <summary>Every <c>media:</c> reference of the seed's pages names an image of its <c>media/</c> folder: at the line that names it.</summary>
    public static void CheckReferences(IReadOnlyList<SeedPage> pages, IReadOnlyList<SeedMedia> media, List<Problem> errors)
    {
        var known = media.Select(m => m.Hash).ToHashSet(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var hash in MediaReferences.In(page.Content).Select(r => r.Hash).Distinct(StringComparer.Ordinal).Where(h => !known.Contains(h)))
            {
                var lines = File.Exists(page.File) ? File.ReadAllLines(page.File) : [];
                var line = Array.FindIndex(lines, l => l.Contains(MediaReferences.Scheme + hash, StringComparison.OrdinalIgnoreCase)) + 1;
                errors.Add(Problem.At(page.File, line, ProblemCode.MediaUnknown, hash));
            }
        }
    }

    /// <summary><c>media.yml</c> for these images: alt texts as JSON-style double-quoted strings, which YAML reads as written.</summary>
    public static string Write(IEnumerable<(string Hash, IReadOnlyDictionary<string, string> Alt)> images)
    {
        var text = new StringBuilder("# Each image of media/ (named by its hash) with its alt text per site. Pages show one with ![](media:HASH).\n");
        foreach (var (hash, alt) in images)
        {
            text.Append(hash).Append(":\n");
            foreach (var (site, words) in alt.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                text.Append("  ").Append(site).Append(": ").Append(JsonSerializer.Serialize(words, Quoted)).Append('\n');
            }
        }
        return text.ToString();
    }

    public static string Extension(string contentType) => contentType switch
    {
        "image/jpeg" => ".jpg",
        "image/webp" => ".webp",
        _ => ".png",
    };

    private static readonly JsonSerializerOptions Quoted = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
