using System.Globalization;
using System.Text;
using MassarDalil.Content.Search;
using YamlDotNet.RepresentationModel;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Import;

/// <summary>
/// Reads <c>lexicon.yml</c>: the words visitors write for the same thing (spellings, broken plurals, Darija, French),
/// one group per line, the first term being the form search reads the others as. Imported as the site-wide
/// synonym groups that editors then change in the manager.
/// </summary>
public static class LexiconFileParser
{
    public const string FileName = "lexicon.yml";

    public static IReadOnlyList<IReadOnlyList<string>> Parse(string file, string text, List<Problem> problems)
    {
        if (SeedYaml.Load(file, text, problems) is not { } yaml)
        {
            return [];
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root ||
            !root.Children.TryGetValue(new YamlScalarNode("groups"), out var list) || list is not YamlSequenceNode entries)
        {
            problems.Add(Problem.At(file, 1, ProblemCode.LexiconNotAList));
            return [];
        }
        var groups = new List<IReadOnlyList<string>>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries.Children)
        {
            var line = (int)entry.Start.Line;
            if (entry is not YamlScalarNode { Value: { } value })
            {
                problems.Add(Problem.At(file, line, ProblemCode.LexiconGroupNotALine));
                continue;
            }
            var terms = TermList.Parse(value);
            if (SynonymService.Check(terms) is { } problem)
            {
                problems.Add(Describe(file, line, problem));
                continue;
            }
            // A word in two groups would be read as two different things: which one depends on the order.
            if (terms.FirstOrDefault(t => seen.ContainsKey(t)) is { } twice)
            {
                problems.Add(Problem.At(file, line, ProblemCode.LexiconWordTwice, twice, seen[twice].ToString(CultureInfo.InvariantCulture)));
                continue;
            }
            foreach (var term in terms)
            {
                seen[term] = line;
            }
            groups.Add(terms);
        }
        return groups;
    }

    public static string Write(IEnumerable<IReadOnlyList<string>> groups)
    {
        var text = new StringBuilder("""
            # Words visitors write for the same thing: spellings, plurals, Darija, French, the Ministry's terms.
            # One group per line; search reads every word of a group as the first one, in both languages.
            # Editors change the groups in the manager (Synonyms); the export writes them back here.
            groups:

            """);
        foreach (var group in groups)
        {
            text.Append("  - \"").Append(TermList.Join(group).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n");
        }
        return text.ToString();
    }

    private static Problem Describe(string file, int line, SynonymProblem problem) => problem switch
    {
        SynonymProblem.TooFewTerms => Problem.At(file, line, ProblemCode.SynonymTooFewWords),
        SynonymProblem.TooManyTerms => Problem.At(file, line, ProblemCode.SynonymTooManyWords, SynonymService.MaxTerms.ToString(CultureInfo.InvariantCulture)),
        SynonymProblem.TermTooLong => Problem.At(file, line, ProblemCode.SynonymWordTooLong, SynonymService.MaxTermLength.ToString(CultureInfo.InvariantCulture)),
        _ => Problem.At(file, line, ProblemCode.SynonymWordWithoutLetters),
    };
}
