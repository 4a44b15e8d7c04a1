using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace MassarDalil.Content.Import;

/// <summary>YAML past what a seed file needs: nested too deep, or using anchors and aliases.</summary>
public sealed class SeedYamlLimitException(Mark start, string reason) : YamlException(start, start, reason)
{
    /// <summary>The reason alone, without the positions <see cref="Exception.Message"/> starts with.</summary>
    public string Reason { get; } = reason;
}

/// <summary>
/// Loads the YAML of seed files (front matter, sites.yml) within limits. YamlStream builds its nodes recursively, so
/// a few kilobytes of '[' ended the process with a stack overflow; the parser's events come from a loop, so the
/// limits are checked on them first, before any node is built.
/// </summary>
internal static class SeedYaml
{
    /// <summary>sites.yml needs three levels (the file, its list of sites, a site); front matter needs one.</summary>
    public const int MaxDepth = 8;

    /// <summary>The YAML of a seed file, or null with the problem reported at its line.</summary>
    public static YamlStream? Load(string file, string text, List<SeedProblem> problems)
    {
        try
        {
            return Load(text);
        }
        catch (YamlException e)
        {
            problems.Add(new SeedProblem(file, (int)e.Start.Line,
                e is SeedYamlLimitException limit ? $"refused: {limit.Reason}" : $"not valid YAML: {e.InnerException?.Message ?? e.Message}"));
            return null;
        }
    }

    /// <exception cref="YamlException">Not valid YAML, or a <see cref="SeedYamlLimitException"/>.</exception>
    public static YamlStream Load(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias or NodeEvent { Anchor.IsEmpty: false }:
                    // Nothing in a seed file repeats; an alias only multiplies what a reader has to hold.
                    throw new SeedYamlLimitException(parser.Current.Start, "YAML anchors and aliases (&name, *name) are not used in seed files");
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    throw new SeedYamlLimitException(parser.Current.Start, $"the YAML is nested more than {MaxDepth} levels deep");
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        return yaml;
    }
}
