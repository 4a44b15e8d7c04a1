using System.Globalization;
using MassarDalil.Content.Sites;
using YamlDotNet.RepresentationModel;

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

    public static IReadOnlyList<SeedSite> Parse(string file, string text, List<SeedProblem> problems, List<SeedProblem>? warnings = null)
    {
        if (SeedYaml.Load(file, text, problems) is not { } yaml)
        {
            return [];
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root ||
            !root.Children.TryGetValue(new YamlScalarNode("sites"), out var list) || list is not YamlSequenceNode entries || entries.Children.Count == 0)
        {
            problems.Add(new SeedProblem(file, 1, "expected 'sites:' followed by a list of sites (key, culture, direction)"));
            return [];
        }
        var sites = new List<SeedSite>();
        foreach (var entry in entries.Children)
        {
            if (ReadSite(file, entry, sites.Count, problems, warnings) is { } site)
            {
                if (sites.Any(s => s.Key == site.Key))
                {
                    problems.Add(new SeedProblem(file, (int)entry.Start.Line, $"the site '{site.Key}' is listed twice"));
                    continue;
                }
                sites.Add(site);
            }
        }
        return sites;
    }

    private static SeedSite? ReadSite(string file, YamlNode node, int order, List<SeedProblem> problems, List<SeedProblem>? warnings)
    {
        var line = (int)node.Start.Line;
        if (node is not YamlMappingNode map)
        {
            problems.Add(new SeedProblem(file, line, "each site must have key, culture and direction"));
            return null;
        }
        var values = new Dictionary<string, (string Value, int Line)>();
        foreach (var (k, v) in map.Children)
        {
            var name = k.ToString();
            if (MovedFields.TryGetValue(name, out var moved))
            {
                warnings?.Add(new SeedProblem(file, (int)k.Start.Line, $"ignored: a site's {name} is now '{moved}' in its {SiteTextsFile.FileName}"));
                continue;
            }
            if (!Fields.Contains(name))
            {
                problems.Add(new SeedProblem(file, (int)k.Start.Line, $"unknown site field '{name}'; the fields are {string.Join(", ", Fields)}"));
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
            problems.Add(new SeedProblem(file, LineOf("key"), $"a site key is a two-letter lower-case language code, such as 'ar' (it starts every page address), not '{key}'"));
        }
        var culture = Value("culture");
        if (!IsCulture(culture))
        {
            problems.Add(new SeedProblem(file, LineOf("culture"), $"'{culture}' is not a known culture such as 'ar-MA' or 'en'"));
        }
        var direction = TextDirections.Parse(Value("direction"));
        if (direction is null)
        {
            problems.Add(new SeedProblem(file, LineOf("direction"), $"direction must be '{TextDirections.Rtl}' or '{TextDirections.Ltr}', not '{Value("direction")}'"));
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
