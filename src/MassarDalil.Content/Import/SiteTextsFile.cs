using System.Globalization;
using System.Text;
using MassarDalil.Content.Problems;
using MassarDalil.Content.SiteTexts;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MassarDalil.Content.Import;

/// <summary>A site's <c>texts.yml</c>, read: its words by key, and the line of each for problems found later.</summary>
public sealed record SeedTexts(string File, string SiteKey, IReadOnlyDictionary<string, string> Texts);

/// <summary>
/// Reads and writes <c>{site}/texts.yml</c>: a flat YAML map of dotted keys (<see cref="SiteTextCatalogue"/>) to text.
/// Read from the parser's events rather than a YAML document, so a key given twice is reported at its own line
/// (a document would only say "duplicate key") and nothing nested is ever built.
/// </summary>
public static class SiteTextsFile
{
    public const string FileName = "texts.yml";

    public static SeedTexts? Parse(string file, string siteKey, string text, List<Problem> problems)
    {
        var before = problems.Count;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return new SeedTexts(file, siteKey, texts); // an empty file: every text from the default site
            }
            parser.Consume<DocumentStart>();
            if (!parser.TryConsume<MappingStart>(out _))
            {
                problems.Add(Problem.At(file, Line(parser.Current), ProblemCode.TextsNotOnePerLine));
                return null;
            }
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyEvent = parser.Current!;
                if (!parser.TryConsume<Scalar>(out var key))
                {
                    problems.Add(Problem.At(file, Line(keyEvent), ProblemCode.TextKeyForm));
                    parser.SkipThisAndNestedEvents();
                    parser.SkipThisAndNestedEvents();
                    continue;
                }
                var line = Line(key);
                if (parser.Current is not Scalar value || value.Anchor is { IsEmpty: false })
                {
                    problems.Add(Problem.At(file, line, ProblemCode.TextNotAString, key.Value));
                    parser.SkipThisAndNestedEvents();
                    continue;
                }
                parser.MoveNext();
                if (lines.TryGetValue(key.Value, out var first))
                {
                    problems.Add(Problem.At(file, line, ProblemCode.TextTwice, key.Value, first.ToString(CultureInfo.InvariantCulture)));
                    continue;
                }
                lines[key.Value] = line;
                if (value.Style == ScalarStyle.Plain && value.Value is "true" or "false" or "True" or "False" or "TRUE" or "FALSE")
                {
                    problems.Add(Problem.At(file, line, ProblemCode.TextNotText, key.Value, value.Value));
                    continue;
                }
                var content = value.Style == ScalarStyle.Plain && value.Value is "~" or "null" or "Null" or "NULL" ? "" : value.Value;
                foreach (var problem in SiteTextRules.Check(key.Value, content))
                {
                    problems.Add(problem with { File = file, Line = line });
                }
                texts[key.Value] = content;
            }
        }
        catch (YamlException e)
        {
            problems.Add(Problem.At(file, (int)e.Start.Line, ProblemCode.NotYaml, e.InnerException?.Message ?? e.Message));
            return null;
        }
        return problems.Count > before ? null : new SeedTexts(file, siteKey, texts);
    }

    /// <summary>The texts in the catalogue's order, each double-quoted, so reading the file back gives the same words.</summary>
    public static string Write(IReadOnlyDictionary<string, string> texts)
    {
        var text = new StringBuilder("# This site's words outside its pages. Keys are fixed; {0}, {1} are filled in by the site.\n");
        var known = SiteTextCatalogue.Keys.Select(k => k.Key).Where(texts.ContainsKey);
        foreach (var key in known.Concat(texts.Keys.Where(k => SiteTextCatalogue.Find(k) is null).Order(StringComparer.Ordinal)))
        {
            text.Append(CultureInfo.InvariantCulture, $"{key}: {Quote(texts[key])}\n");
        }
        return text.ToString();
    }

    /// <summary>
    /// A YAML double-quoted scalar. Line breaks, YAML's other line breaks (U+0085, U+2028, U+2029), control characters and
    /// a byte-order mark are escaped: written as they are, YAML would fold them into a space or refuse them.
    /// </summary>
    internal static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => text.Append("\\\\"),
                '"' => text.Append("\\\""),
                '\n' => text.Append("\\n"),
                '\t' => text.Append('\t'),
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' => text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => text.Append(c),
            };
        }
        return text.Append('"').ToString();
    }

    private static int Line(ParsingEvent? e) => e is null ? 1 : (int)e.Start.Line;
}
