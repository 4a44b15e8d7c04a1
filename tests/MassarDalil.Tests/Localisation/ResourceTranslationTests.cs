using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MassarDalil.Content.Text;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Areas.Manager;

namespace MassarDalil.Tests.Localisation;

/// <summary>
/// Every .resx under src/MassarDalil.Web/Resources, whoever wrote it: a neutral file (English, <c>Name.resx</c>) and
/// one file per shipped culture (<c>Name.ar.resx</c>). A culture is shipped when any file is translated into it, so
/// each of its files must translate every key, with the same placeholders.
/// </summary>
public partial class ResourceTranslationTests
{
    private static readonly string Folder = Path.Combine(TestPaths.Root, "src", "MassarDalil.Web", "Resources");

    [Fact]
    public void EveryKeyHasATranslationWithTheSamePlaceholdersInEveryShippedCulture()
    {
        var files = Directory.GetFiles(Folder, "*.resx", SearchOption.AllDirectories).Select(ResourceFile.Of).ToList();
        var neutral = files.Where(f => f.Culture is null).ToList();
        var cultures = files.Select(f => f.Culture).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(neutral);
        Assert.Contains("ar", cultures);

        // Every check below runs per key, so files with no keys would pass them all: the manager's words must be there
        // to be compared (over 500 today), in each language.
        var manager = neutral.Single(f => Path.GetFileName(f.Path) == "ManagerResources.resx").Path;
        Assert.True(Read(manager).Count > 500, $"{Relative(manager)} holds {Read(manager).Count} keys");
        Assert.True(Read(Path.ChangeExtension(manager, ".ar.resx")).Count > 500, "ManagerResources.ar.resx holds too few keys");

        var problems = new List<string>();
        // The resource compiler keeps one of two names that differ only by case ("Published", "published").
        problems.AddRange(files.SelectMany(f => XDocument.Load(f.Path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"{Relative(f.Path)}: {string.Join(", ", g.Select(n => $"\"{n}\""))} are one name to .NET: it ignores case")));
        foreach (var source in neutral)
        {
            var english = Read(source.Path);
            foreach (var culture in cultures)
            {
                var path = Path.ChangeExtension(source.Path, null) + "." + culture + ".resx";
                if (!File.Exists(path))
                {
                    problems.Add($"{Relative(path)}: missing (every file needs each shipped culture)");
                    continue;
                }
                var translated = Read(path);
                problems.AddRange(Compare(english, translated, CultureInfo.GetCultureInfo(culture)).Select(p => $"{Relative(path)}: {p}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// The manager's French follows the French site's typography (docs/decisions.md, "French typography"): a narrow
    /// no-break space before « ; : ! » and « ? » and inside guillemets, which a translator's keyboard does not type.
    /// </summary>
    [Fact]
    public void FrenchWordsTakeTheNarrowNoBreakSpaceBeforeTheirPunctuation()
    {
        var french = Directory.GetFiles(Folder, "*.fr.resx", SearchOption.AllDirectories)
            .Select(f => (Path: f, Words: Read(f), English: Read(f.Replace(".fr.resx", ".resx", StringComparison.Ordinal)))).ToList();
        Assert.Contains(french, f => Path.GetFileName(f.Path) == "ManagerResources.fr.resx" && f.Words.Count > 500);
        // The rule's own check could pass on text without the marks: the files do hold them.
        Assert.True(french.Sum(f => f.Words.Values.Count(v => v.Contains(FrenchSpacing.NarrowNoBreakSpace))) > 50);

        var faults = french.SelectMany(f => f.Words.SelectMany(w => FrenchSpacing.Faults(Prose(w.Value, f.English[w.Key]))
            .Select(fault => $"{Relative(f.Path)}: \"{w.Key}\": \"{fault}\""))).ToList();

        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    [Theory]
    [InlineData("écrivez 'page: key'", "write 'page: key'", "écrivez code key'")]
    [InlineData("une adresse e-mail (mailto:), un numéro (tel:)", "an e-mail address (mailto:), a phone number (tel:)", "une adresse e-mail code un numéro code")]
    [InlineData("Ligne {0}: {1}", "Line {0}: {1}", "Ligne {0}: {1}")]
    [InlineData("attendu: 'sites:'", "expected: 'sites:'", "attendu: code")]
    public void CodeCopiedFromTheEnglishIsNotFrenchProse(string french, string english, string prose) =>
        Assert.Equal(prose, Prose(french, english));

    /// <summary>
    /// The French with the code it copies from the English left out: a YAML line ('page: key'), a link's scheme
    /// (mailto:), a key (home:) keeps its colon as written. A word is such code when it holds a Latin letter or starts
    /// with a quote, carries one of the marks, and the English has it exactly; "{0}:" and French words never count.
    /// </summary>
    private static string Prose(string french, string english) => string.Join(' ', french.Split(' ').Select(word =>
        word.AsSpan().IndexOfAny(";:!?") >= 0 && (word.StartsWith('\'') || word.Any(char.IsAsciiLetter)) && english.Contains(word, StringComparison.Ordinal)
            ? "code" : word));

    /// <summary>What is wrong with one translation of a neutral file.</summary>
    public static IEnumerable<string> Compare(IReadOnlyDictionary<string, string> english, IReadOnlyDictionary<string, string> translated, CultureInfo culture)
    {
        foreach (var (key, text) in english)
        {
            if (Plural(key) is { } phrase)
            {
                // A phrase with a count: the language's own categories, each saying the phrase's other values; the
                // count itself may be spelt out ("مرتان").
                if (!key.EndsWith("|" + PluralRules.Other, StringComparison.Ordinal))
                {
                    continue;
                }
                foreach (var category in PluralRules.Categories(culture))
                {
                    var form = phrase + "|" + category;
                    if (!translated.TryGetValue(form, out var value) || string.IsNullOrWhiteSpace(value))
                    {
                        yield return $"no translation of \"{form}\"";
                    }
                    else if (!Placeholders(value).Where(p => p != "{0}").SequenceEqual(Placeholders(text).Where(p => p != "{0}")))
                    {
                        yield return $"\"{form}\" has placeholders {string.Join(" ", Placeholders(value))}, the English {string.Join(" ", Placeholders(text))}";
                    }
                }
            }
            else if (!translated.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
            {
                yield return $"no translation of \"{key}\"";
            }
            else if (!Placeholders(value).SequenceEqual(Placeholders(text)))
            {
                yield return $"\"{key}\" has placeholders {string.Join(" ", Placeholders(value))}, the English {string.Join(" ", Placeholders(text))}";
            }
        }
        // A key the code no longer asks for (or misspelt) would never be shown.
        foreach (var key in translated.Keys.Where(k => !english.ContainsKey(Plural(k) is { } phrase ? phrase + "|" + PluralRules.Other : k)))
        {
            yield return $"\"{key}\" is not in the English file";
        }
    }

    [Fact]
    public void TheComparisonFindsAMissingPhraseAChangedPlaceholderAMissingCountFormAndAStrayKey()
    {
        var english = new Dictionary<string, string>
        {
            ["Save draft"] = "Save draft",
            ["Edit the {0} version"] = "Edit the {0} version",
            ["{0} times|one"] = "{0} time",
            ["{0} times|other"] = "{0} times",
        };
        var arabic = new Dictionary<string, string>
        {
            ["Edit the {0} version"] = "عدّل النسخة {1}",
            ["{0} times|one"] = "مرة واحدة",
            ["{0} times|two"] = "مرتان",
            ["{0} times|few"] = "{0} مرات",
            ["{0} times|many"] = "{0} مرة",
            ["{0} times|other"] = "{0} مرة",
            ["Save draf"] = "احفظ المسودة",
        };

        var problems = Compare(english, arabic, CultureInfo.GetCultureInfo("ar")).ToList();

        Assert.Equal(
        [
            "no translation of \"Save draft\"",
            "\"Edit the {0} version\" has placeholders {1}, the English {0}",
            "no translation of \"{0} times|zero\"",
            "\"Save draf\" is not in the English file",
        ], problems);
    }

    private static string? Plural(string key) => key.LastIndexOf('|') is var bar and > 0 ? key[..bar] : null;

    private static List<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => "{" + m.Groups[1].Value + "}").Distinct().Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> Read(string path) => XDocument.Load(path).Root!.Elements("data")
        .DistinctBy(d => (string)d.Attribute("name")!, StringComparer.Ordinal)
        .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static string Relative(string path) => Path.GetRelativePath(TestPaths.Root, path);

    /// <summary><c>{0}</c>, also with a format (<c>{0:N0}</c>) or an alignment.</summary>
    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    private sealed record ResourceFile(string Path, string? Culture)
    {
        /// <summary><c>Name.ar.resx</c> is Arabic; <c>Name.resx</c> (or a last part that is no culture) is neutral.</summary>
        public static ResourceFile Of(string path)
        {
            var name = System.IO.Path.GetFileNameWithoutExtension(path);
            var last = System.IO.Path.GetExtension(name).TrimStart('.');
            return new(path, last.Length > 0 && IsCulture(last) ? last : null);
        }

        private static bool IsCulture(string name) => CultureRegex().IsMatch(name);
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex CultureRegex();
}
