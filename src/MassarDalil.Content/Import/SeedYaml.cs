using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Import;

/// <summary>YAML past what a seed file needs: nested too deep, or using anchors and aliases.</summary>
/// <param name="code">The problem in a file of YAML; <paramref name="inFrontMatter"/> the same in a page's front matter.</param>
public sealed class SeedYamlLimitException(Mark start, ProblemCode code, ProblemCode inFrontMatter, params string[] args)
    : YamlException(start, start, code.ToString())
{
    public ProblemCode Code { get; } = code;

    public ProblemCode InFrontMatter { get; } = inFrontMatter;

    public string[] Args { get; } = args;
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
    public static YamlStream? Load(string file, string text, List<Problem> problems)
    {
        try
        {
            return Load(text);
        }
        catch (YamlException e)
        {
            problems.Add(e is SeedYamlLimitException limit ? Problem.At(file, (int)e.Start.Line, limit.Code, limit.Args)
                : Problem.At(file, (int)e.Start.Line, ProblemCode.NotYaml, e.InnerException?.Message ?? e.Message)); // YamlDotNet's own words
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
                    throw new SeedYamlLimitException(parser.Current.Start, ProblemCode.YamlAliases, ProblemCode.FrontMatterYamlAliases);
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    throw new SeedYamlLimitException(parser.Current.Start, ProblemCode.YamlTooDeep, ProblemCode.FrontMatterYamlTooDeep, MaxDepth.ToString(CultureInfo.InvariantCulture));
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
