using System.Globalization;
using MassarDalil.Content.Sites;
using YamlDotNet.RepresentationModel;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Import;

/// <summary>Reads <c>sites.yml</c>: one entry per language, the first being the default.</summary>
public static class SitesFileParser
{
    public const string FileName = "sites.yml";

    private static readonly string[] Fields = ["key", "culture", "direction"];

    /// <summary>Fields of older seeds whose words now live in the site's texts.yml: ignored, with a warning.</summary>
    private static readonly Dictionary<string, string> MovedFields = new(StringComparer.Ordinal)
    {
        ["title"] = "site.name", ["tagline"] = "site.tagline",
    };

    public static IReadOnlyList<SeedSite> Parse(string file, string text, List<Problem> problems, List<Problem>? warnings = null)
    {
        if (SeedYaml.Load(file, text, problems) is not { } yaml)
        {
            return [];
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root ||
            !root.Children.TryGetValue(new YamlScalarNode("sites"), out var list) || list is not YamlSequenceNode entries || entries.Children.Count == 0)
        {
            problems.Add(Problem.At(file, 1, ProblemCode.SitesNotAList));
            return [];
        }
        var sites = new List<SeedSite>();
        foreach (var entry in entries.Children)
        {
            if (ReadSite(file, entry, sites.Count, problems, warnings) is { } site)
            {
                if (sites.Any(s => s.Key == site.Key))
                {
                    problems.Add(Problem.At(file, (int)entry.Start.Line, ProblemCode.SiteListedTwice, site.Key));
                    continue;
                }
                sites.Add(site);
            }
        }
        return sites;
    }

    private static SeedSite? ReadSite(string file, YamlNode node, int order, List<Problem> problems, List<Problem>? warnings)
    {
        var line = (int)node.Start.Line;
        if (node is not YamlMappingNode map)
        {
            problems.Add(Problem.At(file, line, ProblemCode.SiteNotAMap));
            return null;
        }
        var values = new Dictionary<string, (string Value, int Line)>();
        foreach (var (k, v) in map.Children)
        {
            var name = k.ToString();
            if (MovedFields.TryGetValue(name, out var moved))
            {
                warnings?.Add(Problem.At(file, (int)k.Start.Line, ProblemCode.SiteFieldMoved, name, moved, SiteTextsFile.FileName));
                continue;
            }
            if (!Fields.Contains(name))
            {
                problems.Add(Problem.At(file, (int)k.Start.Line, ProblemCode.UnknownSiteField, name, string.Join(", ", Fields)));
            }
            values[name] = ((v as YamlScalarNode)?.Value?.Trim() ?? "", (int)k.Start.Line);
        }
        var before = problems.Count;
        // A wrong field is reported at its own line; a missing one at its site's first line.
        string Value(string name) => values.TryGetValue(name, out var v) ? v.Value : "";
        int LineOf(string name) => values.TryGetValue(name, out var v) ? v.Line : line;

        var key = Value("key");
        if (key.Length != 2 || !key.All(char.IsAsciiLetterLower))
        {
            problems.Add(Problem.At(file, LineOf("key"), ProblemCode.SiteKeyForm, key));
        }
        var culture = Value("culture");
        if (!IsCulture(culture))
        {
            problems.Add(Problem.At(file, LineOf("culture"), ProblemCode.UnknownCulture, culture));
        }
        var direction = TextDirections.Parse(Value("direction"));
        if (direction is null)
        {
            problems.Add(Problem.At(file, LineOf("direction"), ProblemCode.SiteDirection, TextDirections.Rtl, TextDirections.Ltr, Value("direction")));
        }
        return problems.Count > before ? null : new SeedSite(key, culture, direction.GetValueOrDefault(), order);
    }

    private static bool IsCulture(string name)
    {
        try
        {
            return name.Length > 0 && !CultureInfo.GetCultureInfo(name, predefinedOnly: true).Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
