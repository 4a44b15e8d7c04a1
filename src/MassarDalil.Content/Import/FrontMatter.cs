using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Import;

/// <summary>The YAML block between the two <c>---</c> lines at the top of a seed file.</summary>
internal sealed class FrontMatter
{
    public static readonly string[] KnownKeys = ["type", "key", "slug", "title", "description", "order"];

    private readonly Dictionary<string, (string Value, int Line)> _values = [];

    /// <summary>The first line after the closing <c>---</c> (0-based index into the file's lines).</summary>
    public int BodyStartIndex { get; private init; }

    public static FrontMatter? Read(string file, string[] lines, List<Problem> problems)
    {
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            problems.Add(Problem.At(file, 1, ProblemCode.NoFrontMatter));
            return null;
        }
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            problems.Add(Problem.At(file, 1, ProblemCode.FrontMatterNotClosed));
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
            problems.Add(e is SeedYamlLimitException limit ? Problem.At(file, line, limit.InFrontMatter, limit.Args) :
                reason.StartsWith("Duplicate key", StringComparison.Ordinal) ? Problem.At(file, line, ProblemCode.FrontMatterFieldTwice, lines[line - 1].Split(':')[0].Trim()) :
                Problem.At(file, line, ProblemCode.FrontMatterNotYaml, reason)); // YamlDotNet's own words, passed on as a value
            return null;
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode map)
        {
            problems.Add(Problem.At(file, 2, ProblemCode.FrontMatterNotFields));
            return null;
        }
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var line = (int)keyNode.Start.Line + 1;
            var name = keyNode.ToString();
            if (!KnownKeys.Contains(name))
            {
                problems.Add(Problem.At(file, line, ProblemCode.UnknownFrontMatterField, name, string.Join(", ", KnownKeys)));
            }
            else if (valueNode is not YamlScalarNode scalar)
            {
                problems.Add(Problem.At(file, line, ProblemCode.FrontMatterNotSingleValue, name));
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
