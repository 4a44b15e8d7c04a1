using System.Text;
using MassarDalil.Content.Search;
using YamlDotNet.RepresentationModel;

namespace MassarDalil.Content.Import;

/// <summary>
/// Reads <c>lexicon.yml</c>: the words visitors write for the same thing (spellings, broken plurals, Darija, French),
/// one group per line, the first term being the form search reads the others as. Imported as the site-wide
/// synonym groups that editors then change in the manager.
/// </summary>
public static class LexiconFileParser
{
    public const string FileName = "lexicon.yml";

    public static IReadOnlyList<IReadOnlyList<string>> Parse(string file, string text, List<SeedProblem> problems)
    {
        if (SeedYaml.Load(file, text, problems) is not { } yaml)
        {
            return [];
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root ||
            !root.Children.TryGetValue(new YamlScalarNode("groups"), out var list) || list is not YamlSequenceNode entries)
        {
            problems.Add(new SeedProblem(file, 1, "expected 'groups:' followed by a list, one group of comma-separated words per line"));
            return [];
        }
        var groups = new List<IReadOnlyList<string>>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries.Children)
        {
            var line = (int)entry.Start.Line;
            if (entry is not YamlScalarNode { Value: { } value })
            {
                problems.Add(new SeedProblem(file, line, "each group is one line of comma-separated words, such as '- نقط, نقاط, notes'"));
                continue;
            }
            var terms = TermList.Parse(value);
            if (SynonymService.Check(terms) is { } problem)
            {
                problems.Add(new SeedProblem(file, line, Describe(problem)));
                continue;
            }
            // A word in two groups would be read as two different things: which one depends on the order.
            if (terms.FirstOrDefault(t => seen.ContainsKey(t)) is { } twice)
            {
                problems.Add(new SeedProblem(file, line, $"'{twice}' is already in the group at line {seen[twice]}; a word belongs to one group"));
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

    private static string Describe(SynonymProblem problem) => problem switch
    {
        SynonymProblem.TooFewTerms => "a group needs at least two different words",
        SynonymProblem.TooManyTerms => $"a group has at most {SynonymService.MaxTerms} words; split it",
        SynonymProblem.TermTooLong => $"a word of this group is longer than {SynonymService.MaxTermLength} characters",
        _ => "every word of a group needs letters or digits",
    };
}
