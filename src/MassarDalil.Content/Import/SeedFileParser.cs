using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Text;

namespace MassarDalil.Content.Import;

/// <summary>
/// Reads one seed Markdown file into a page. In an FAQ file each <c>## Topic {#key}</c> starts a
/// topic and each <c>### Question? {#key}</c> a question whose answer runs to the next such heading.
/// Every problem is collected with its line so an editor can fix them all in one pass.
/// </summary>
public static partial class SeedFileParser
{
    // Markdig finds the headings (so a '##' inside a code block is not one); the lines give exact text.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public static SeedPage? Parse(string file, string siteKey, byte[] bytes, List<SeedProblem> problems)
    {
        var text = SeedText.Decode(file, bytes, problems);
        return text is null ? null : Parse(file, siteKey, text, problems);
    }

    public static SeedPage? Parse(string file, string siteKey, string text, List<SeedProblem> problems)
    {
        var before = problems.Count;
        var lines = text.Split('\n');
        var matter = FrontMatter.Read(file, lines, problems);
        if (matter is null)
        {
            return null;
        }
        var type = Required(matter, "type", file, problems);
        if (type is not null && !PageType.IsKnown(type))
        {
            problems.Add(new SeedProblem(file, matter.LineOf("type"), $"unknown page type '{type}'; use one of {string.Join(", ", PageType.All)}"));
        }
        var key = CheckedKey(matter, "key", file, problems);
        var title = Required(matter, "title", file, problems);
        var slug = type == PageType.Home ? "" : CheckedKey(matter, "slug", file, problems);
        if (type == PageType.Home && !string.IsNullOrEmpty(matter.Get("slug")))
        {
            problems.Add(new SeedProblem(file, matter.LineOf("slug"), "a home page has no slug: it is served at /{lang}/"));
        }
        var order = 0;
        if (matter.Get("order") is { } orderText && !int.TryParse(orderText, out order))
        {
            problems.Add(new SeedProblem(file, matter.LineOf("order"), $"'order' must be a whole number, not '{orderText}'"));
        }

        var (body, topics) = type == PageType.Faq
            ? ReadFaqBody(file, lines, matter.BodyStartIndex, problems)
            : (Join(lines, matter.BodyStartIndex, lines.Length), []);

        if (problems.Count > before || type is null || key is null || title is null || slug is null)
        {
            return null;
        }
        var content = new PageContent { Title = title, Description = matter.Get("description") ?? "", Body = body, Topics = topics };
        return new SeedPage(file, siteKey, type, key, slug, order, content);
    }

    private static (string Intro, List<FaqTopic> Topics) ReadFaqBody(string file, string[] lines, int bodyStart, List<SeedProblem> problems)
    {
        var document = Markdig.Markdown.Parse(string.Join('\n', lines), Pipeline);
        var headings = document.OfType<HeadingBlock>().Where(h => h.Line >= bodyStart).ToList();
        var keys = new Dictionary<string, int>();
        var topics = new List<FaqTopic>();
        List<FaqQuestion>? questions = null;
        string? topicKey = null, topicTitle = null;
        var intro = Join(lines, bodyStart, headings.FirstOrDefault(h => h.Level is 2 or 3)?.Line ?? lines.Length);

        foreach (var heading in headings)
        {
            var line = heading.Line + 1;
            if (heading.Level == 1)
            {
                problems.Add(new SeedProblem(file, line, "use '## ' for a topic and '### ' for a question; the page title comes from the front matter"));
                continue;
            }
            if (heading.Level > 3)
            {
                continue; // part of an answer
            }
            var next = headings.FirstOrDefault(h => h.Line > heading.Line && h.Level <= 3)?.Line ?? lines.Length;
            var parsed = ReadHeading(file, lines[heading.Line], line, keys, problems);
            if (heading.Level == 2)
            {
                FlushTopic();
                (topicKey, topicTitle) = parsed ?? ("", "");
                questions = [];
                if (Join(lines, heading.Line + 1, next).Length > 0)
                {
                    problems.Add(new SeedProblem(file, line + 1, "text under a topic heading must belong to a question: start it with '### Question? {#key}'"));
                }
                continue;
            }
            var answer = Join(lines, heading.Line + 1, next);
            if (questions is null)
            {
                problems.Add(new SeedProblem(file, line, "this question comes before any topic: put a '## Topic {#key}' heading above it"));
            }
            else if (answer.Length == 0)
            {
                problems.Add(new SeedProblem(file, line, "this question has no answer: write it below the heading"));
            }
            else if (parsed is { } q)
            {
                questions.Add(new FaqQuestion(q.Key, q.Title, answer));
            }
        }
        FlushTopic();
        if (topics.Count == 0 && !problems.Any(p => p.File == file))
        {
            problems.Add(new SeedProblem(file, bodyStart + 1, "an FAQ page needs at least one '## Topic {#key}' with a '### Question? {#key}' under it"));
        }
        return (intro, topics);

        void FlushTopic()
        {
            if (questions is null || topicKey is null or "")
            {
                return;
            }
            topics.Add(new FaqTopic(topicKey, topicTitle!, questions));
        }
    }

    private static (string Key, string Title)? ReadHeading(
        string file, string source, int line, Dictionary<string, int> keys, List<SeedProblem> problems)
    {
        var match = KeyedHeading().Match(source);
        if (!match.Success)
        {
            problems.Add(new SeedProblem(file, line, "this heading has no key: end it with {#a-key}, for example '### I forgot my password {#forgot-password}'"));
            return null;
        }
        var (title, key) = (match.Groups["title"].Value.Trim(), match.Groups["key"].Value);
        if (!Slug.IsValid(key))
        {
            problems.Add(new SeedProblem(file, line, $"the key '{key}' must be lower-case Latin letters and digits joined by hyphens, such as 'forgot-password'"));
            return null;
        }
        if (title.Length == 0)
        {
            problems.Add(new SeedProblem(file, line, "this heading has a key but no text"));
            return null;
        }
        if (!keys.TryAdd(key, line))
        {
            problems.Add(new SeedProblem(file, line, $"the key '{key}' is already used at line {keys[key]}; every topic and question needs its own key"));
            return null;
        }
        return (key, title);
    }

    private static string? Required(FrontMatter matter, string name, string file, List<SeedProblem> problems)
    {
        var value = matter.Get(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new SeedProblem(file, matter.LineOf(name), $"the front matter needs '{name}'"));
            return null;
        }
        return value;
    }

    private static string? CheckedKey(FrontMatter matter, string name, string file, List<SeedProblem> problems)
    {
        var value = Required(matter, name, file, problems);
        if (value is not null && !Slug.IsValid(value))
        {
            problems.Add(new SeedProblem(file, matter.LineOf(name), $"'{name}' must be lower-case Latin letters and digits joined by hyphens, not '{value}'"));
            return null;
        }
        return value;
    }

    /// <summary>The lines [from, to) as one block, without surrounding blank lines or trailing spaces.</summary>
    private static string Join(string[] lines, int from, int to)
    {
        var slice = lines[Math.Min(from, lines.Length)..Math.Min(to, lines.Length)].Select(l => l.TrimEnd());
        return string.Join('\n', slice).Trim('\n');
    }

    [GeneratedRegex(@"^#{2,3}[ \t]+(?<title>.*?)[ \t]*\{#(?<key>[^}]*)\}[ \t]*$")]
    private static partial Regex KeyedHeading();
}
