using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MassarDalil.Content.Import;

/// <summary>The YAML block between the two <c>---</c> lines at the top of a seed file.</summary>
internal sealed class FrontMatter
{
    public static readonly string[] KnownKeys = ["type", "key", "slug", "title", "description", "order"];

    private readonly Dictionary<string, (string Value, int Line)> _values = [];

    /// <summary>The first line after the closing <c>---</c> (0-based index into the file's lines).</summary>
    public int BodyStartIndex { get; private init; }

    public static FrontMatter? Read(string file, string[] lines, List<SeedProblem> problems)
    {
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            problems.Add(new SeedProblem(file, 1, "the file must start with front matter: a '---' line, the page's type, key and title, and another '---' line"));
            return null;
        }
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            problems.Add(new SeedProblem(file, 1, "the front matter opened here is never closed by a '---' line"));
            return null;
        }
        var matter = new FrontMatter { BodyStartIndex = close + 1 };
        YamlStream yaml;
        try
        {
            yaml = SeedYaml.Load(string.Join('\n', lines[1..close]));
        }
        catch (YamlException e)
        {
            // YamlDotNet counts from 1 and the YAML starts on the file's second line.
            var line = Math.Clamp((int)e.Start.Line + 1, 2, close);
            var reason = e.InnerException?.Message ?? e.Message;
            problems.Add(new SeedProblem(file, line,
                e is SeedYamlLimitException limit ? $"the front matter is refused: {limit.Reason}" :
                reason.StartsWith("Duplicate key", StringComparison.Ordinal) ? $"the field '{lines[line - 1].Split(':')[0].Trim()}' is given twice" :
                $"the front matter is not valid YAML: {reason} (a value containing ': ' or ' #' needs \"double quotes\")"));
            return null;
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode map)
        {
            problems.Add(new SeedProblem(file, 2, "the front matter must be 'name: value' lines (type, key, title…)"));
            return null;
        }
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var line = (int)keyNode.Start.Line + 1;
            var name = keyNode.ToString();
            if (!KnownKeys.Contains(name))
            {
                problems.Add(new SeedProblem(file, line, $"unknown front matter field '{name}'; the fields are {string.Join(", ", KnownKeys)}"));
            }
            else if (valueNode is not YamlScalarNode scalar)
            {
                problems.Add(new SeedProblem(file, line, $"'{name}' must be a single value"));
            }
            else
            {
                matter._values[name] = (scalar.Value?.Trim() ?? "", line);
            }
        }
        return matter;
    }

    public string? Get(string name) => _values.TryGetValue(name, out var v) ? v.Value : null;

    /// <summary>The line of a field, or of the opening <c>---</c> when the field is missing.</summary>
    public int LineOf(string name) => _values.TryGetValue(name, out var v) ? v.Line : 1;
}
