using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Search;
using MassarDalil.Content.Text;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Import;

/// <summary>
/// Reads one seed Markdown file into a page. In an FAQ file each <c>## Topic {#key}</c> starts a
/// topic and each <c>### Question? {#key}</c> a question whose answer runs to the next such heading.
/// Every problem is collected with its line so an editor can fix them all in one pass.
/// </summary>
public static partial class SeedFileParser
{
    // Markdig finds the headings (so a '##' inside a code block is not one); the lines give exact text.
    // Only the body is parsed, so nothing in the front matter can change what the body means. The site's
    // own pipeline, so headings are found as the site reads the text, and what it cannot read is refused here.
    private static MarkdownPipeline Pipeline => MarkdownRenderer.Pipeline;

    /// <param name="warnings">Where what the page would show oddly but may still hold is said (<see cref="SeedRawHtml"/>).</param>
    public static SeedPage? Parse(string file, string siteKey, byte[] bytes, List<Problem> problems, List<Problem>? warnings = null)
    {
        var text = SeedText.Decode(file, bytes, problems);
        return text is null ? null : Parse(file, siteKey, text, problems, warnings);
    }

    /// <param name="warnings">Where what the page would show oddly but may still hold is said (<see cref="SeedRawHtml"/>).</param>
    public static SeedPage? Parse(string file, string siteKey, string text, List<Problem> problems, List<Problem>? warnings = null)
    {
        var before = problems.Count;
        var page = Read(file, siteKey, SeedText.UnixLineEndings(text), problems, warnings);
        // Found in several passes (front matter, then body); an editor reads them top to bottom.
        var found = problems.Skip(before).OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
        problems.RemoveRange(before, found.Count);
        problems.AddRange(found);
        return found.Count > 0 ? null : page;
    }

    private static SeedPage? Read(string file, string siteKey, string text, List<Problem> problems, List<Problem>? warnings)
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
            problems.Add(Problem.At(file, matter.LineOf("type"), ProblemCode.UnknownPageType, type, string.Join(", ", PageType.All)));
        }
        var key = CheckedKey(matter, "key", file, problems);
        var title = Required(matter, "title", file, problems);
        // An unknown type is already reported; asking for a slug it may not need would only add noise.
        var slug = type == PageType.Home ? "" :
            PageType.IsKnown(type) || matter.Get("slug") is not null ? CheckedAddress(matter, file, problems) : null;
        if (type == PageType.Home && !string.IsNullOrEmpty(matter.Get("slug")))
        {
            problems.Add(Problem.At(file, matter.LineOf("slug"), ProblemCode.HomeWithSlug));
        }
        CheckAddress(file, siteKey, type, slug, matter.LineOf("slug"), problems);
        var order = 0;
        if (matter.Get("order") is { } orderText && !int.TryParse(orderText, out order))
        {
            problems.Add(Problem.At(file, matter.LineOf("order"), ProblemCode.OrderNotNumber, orderText));
        }

        // Each field's line; for a text, the line of its first words, which a problem's line in that text counts from.
        var fieldLines = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["Title"] = matter.LineOf("title"), ["Description"] = matter.LineOf("description"),
            ["Body"] = (FirstTextLine(lines, matter.BodyStartIndex, lines.Length) ?? matter.BodyStartIndex) + 1,
        };
        var (body, topics) = type == PageType.Faq
            ? ReadFaqBody(file, lines, matter.BodyStartIndex, problems, fieldLines)
            : (Join(lines, matter.BodyStartIndex, lines.Length), []);
        // A body over the editor's limit is refused for its length below, not rendered first.
        if (type != PageType.Faq && body.Length <= PageValidator.BodyMax)
        {
            CheckRenders(file, lines, matter.BodyStartIndex, lines.Length, problems);
        }

        if (!PageType.IsKnown(type))
        {
            // Which rules the text keeps depends on the type (an FAQ's headings, a guide's body): it is not read without one.
            return null;
        }
        // A missing key, title or slug is reported above; the text is checked all the same, under stand-ins, so one run
        // finds its mistakes too. The file is refused, so nothing holding a stand-in is kept.
        var content = new PageContent { Title = title ?? StandIn, Description = matter.Get("description") ?? "", Body = body, Topics = topics };
        // The editor's own rules (lengths, one-line titles, look-alike official links), so an import stores nothing
        // the manager would refuse. Slugs, keys, the FAQ's structure and rendering are checked above, each part at its
        // own line and with the seed's own messages, so the editor's version of those is not said twice.
        foreach (var problem in PageValidator.Validate(type, content, slug ?? StandIn)
                     .Where(p => p.Field != "Slug" && !p.Field.EndsWith(".Key", StringComparison.Ordinal) && !PageValidator.CheckedBySeedReader.Contains(p.Code)))
        {
            // Title is at its front matter line; Topics[0].Questions[1].Question at its heading; an answer or the text at
            // its first line, and a link or host name in it at its own line (the text's lines are the file's, as written).
            var line = fieldLines.GetValueOrDefault(problem.Field, fieldLines.GetValueOrDefault(problem.Field[..Math.Max(0, problem.Field.LastIndexOf('.'))], 1));
            problems.Add(problem with { File = file, Line = problem.Line > 0 ? line + problem.Line - 1 : line }); // the CLI names the field: "the answer: …"
        }
        // Only of a page read whole: a refused file is reported for its errors alone, and one nested too deeply would not parse.
        if (warnings is not null && problems.Count == before)
        {
            SeedRawHtml.Check(file, lines, matter.BodyStartIndex, warnings);
        }
        if (key is null || title is null || slug is null)
        {
            return null;
        }
        return new SeedPage(file, siteKey, type, key, slug, order, content) { KeyLine = matter.LineOf("key"), SlugLine = matter.LineOf("slug") };
    }

    /// <summary>The FAQ is served at <c>/{lang}/faq</c> whatever its slug, so the slug must say so and no other page may take it.</summary>
    private static void CheckAddress(string file, string siteKey, string? type, string? slug, int line, List<Problem> problems)
    {
        if (type == PageType.Faq && slug is not null && slug != ContentUrls.FaqSlug)
        {
            problems.Add(Problem.At(file, line, ProblemCode.FaqSlug, siteKey));
        }
        else if (PageType.IsKnown(type) && type != PageType.Faq && slug is not null && PageValidator.ReservedSlugs.Contains(slug))
        {
            // The editor's list (PageValidator), so the manager and the importer refuse the same addresses.
            problems.Add(Problem.At(file, line, slug == ContentUrls.FaqSlug ? ProblemCode.SlugOfFaq : ProblemCode.SlugOfSite, siteKey, slug));
        }
    }

    /// <param name="fieldLines">Filled with the line of each topic (<c>Topics[0]</c>) and question (<c>Topics[0].Questions[1]</c>).</param>
    private static (string Intro, List<FaqTopic> Topics) ReadFaqBody(
        string file, string[] lines, int bodyStart, List<Problem> problems, Dictionary<string, int> fieldLines)
    {
        var bodyText = string.Join('\n', lines[Math.Min(bodyStart, lines.Length)..]);
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(bodyText, Pipeline);
        }
        catch (ArgumentException)
        {
            // Nested too deeply for the site to read at all, so there are no headings to go by: say which parts.
            ReportUnreadableParts(file, lines, bodyStart, problems);
            return ("", []);
        }
        var before = problems.Count;
        CheckLookAlikeHeadings(file, lines, bodyStart, bodyText, document, problems);
        var headings = new List<(int Level, int Index)>();
        foreach (var heading in document.OfType<HeadingBlock>())
        {
            if (heading.IsSetext)
            {
                // "Text" over a line of "---" is a heading in Markdown: it would silently cut an answer in two.
                problems.Add(Problem.At(file, bodyStart + heading.Line + 1,
                    ProblemCode.SetextHeading));
                continue;
            }
            headings.Add((heading.Level, bodyStart + heading.Line));
        }
        var keys = new Dictionary<string, int>();
        var topics = new List<FaqTopic>();
        List<FaqQuestion>? questions = null;
        string? topicKey = null, topicTitle = null;
        var (topicLine, topicQuestionHeadings, topicRead, topicSeen) = (0, 0, false, false);
        var introEnd = headings.FirstOrDefault(h => h.Level is 2 or 3) is { Level: > 0 } first ? first.Index : lines.Length;
        var intro = Join(lines, bodyStart, introEnd);
        CheckRenders(file, lines, bodyStart, introEnd, problems);

        foreach (var (level, index) in headings)
        {
            var line = index + 1;
            if (level == 1)
            {
                problems.Add(Problem.At(file, line, ProblemCode.TopLevelHeading));
                continue;
            }
            if (level > 3)
            {
                continue; // part of an answer
            }
            var next = headings.FirstOrDefault(h => h.Index > index && h.Level <= 3) is { Level: > 0 } after ? after.Index : lines.Length;
            var parsed = ReadHeading(file, lines[index], line, keys, problems);
            if (level == 2)
            {
                FlushTopic();
                fieldLines[$"Topics[{topics.Count}]"] = line;
                // A heading that cannot be read still holds its questions: they are checked under a stand-in, so every
                // mistake under it is found in this run. The file is refused for the heading, so the stand-in is never kept.
                (topicKey, topicTitle, topicLine, topicQuestionHeadings, topicRead, topicSeen) =
                    parsed is { } t ? (t.Key, t.Title, line, 0, true, true) : (StandIn, StandIn, line, 0, false, true);
                questions = [];
                if (FirstTextLine(lines, index + 1, next) is { } stray)
                {
                    problems.Add(Problem.At(file, stray + 1, ProblemCode.TextUnderTopic));
                }
                continue;
            }
            // "{search: mot de passe, القن السري}" on the first line under the heading: the question's search terms.
            var (answerStart, terms, termsLine) = (index + 1, (IReadOnlyList<string>)[], line);
            if (FirstTextLine(lines, index + 1, next) is { } termsAt && SearchTermsLine().Match(lines[termsAt]) is { Success: true } termsMatch)
            {
                (answerStart, terms, termsLine) = (termsAt + 1, TermList.Parse(termsMatch.Groups["terms"].Value), termsAt + 1);
            }
            var answer = Join(lines, answerStart, next);
            topicQuestionHeadings++;
            if (!topicSeen)
            {
                problems.Add(Problem.At(file, line, ProblemCode.QuestionBeforeTopic));
                // Its answer is still checked, under a stand-in topic that the questions after it share.
                (topicKey, topicTitle, topicLine, topicRead) = (StandIn, StandIn, line, false);
                questions ??= [];
            }
            if (answer.Length == 0)
            {
                problems.Add(Problem.At(file, line, ProblemCode.EmptyAnswer));
            }
            else if (CheckRenders(file, lines, answerStart, next, problems))
            {
                var at = $"Topics[{topics.Count}].Questions[{questions!.Count}]";
                fieldLines[at] = line;
                fieldLines[$"{at}.SearchTerms"] = termsLine;
                fieldLines[$"{at}.Answer"] = FirstTextLine(lines, answerStart, next)!.Value + 1;
                var (questionKey, questionTitle) = parsed is { } q ? (q.Key, q.Title) : (StandIn, StandIn);
                questions.Add(new FaqQuestion(questionKey, questionTitle, answer) { SearchTerms = terms });
            }
        }
        FlushTopic();
        if (topics.Count == 0 && problems.Count == before)
        {
            problems.Add(Problem.At(file, bodyStart + 1, ProblemCode.FaqWithoutTopics));
        }
        return (intro, topics);

        void FlushTopic()
        {
            if (questions is null || topicKey is null)
            {
                return;
            }
            // Counted by heading, not by valid question, so a topic whose questions have problems is not also called empty.
            // A heading that could not be read is not called empty either: what it was meant to be is not known.
            if (topicQuestionHeadings == 0 && topicRead)
            {
                problems.Add(Problem.At(file, topicLine, ProblemCode.TopicWithoutQuestionHeadings));
            }
            topics.Add(new FaqTopic(topicKey, topicTitle!, questions));
        }
    }

    /// <summary>
    /// "###Question? {#key}" without a space (or with seven '#') is a paragraph in Markdown, so it
    /// would quietly become part of the answer above it; say so instead.
    /// </summary>
    private static void CheckLookAlikeHeadings(
        string file, string[] lines, int bodyStart, string bodyText, MarkdownDocument document, List<Problem> problems)
    {
        foreach (var paragraph in document.OfType<ParagraphBlock>())
        {
            var first = bodyStart + paragraph.Line;
            var last = first + bodyText.AsSpan(paragraph.Span.Start, paragraph.Span.Length).Count('\n');
            for (var i = first; i <= last && i < lines.Length; i++)
            {
                if (FaqMarkdown.LookAlikeHeading().IsMatch(lines[i]))
                {
                    problems.Add(Problem.At(file, i + 1, ProblemCode.LookAlikeHeading));
                }
            }
        }
    }

    /// <summary>
    /// Whether the Markdown of lines [from, to) renders as the site will render it; when not, the problem is
    /// reported at its first line of text.
    /// </summary>
    private static bool CheckRenders(string file, string[] lines, int from, int to, List<Problem> problems)
    {
        var text = Join(lines, from, to);
        if (text.Length == 0 || MarkdownCheck.Find(text) is not { } problem)
        {
            return true;
        }
        problems.Add(Problem.At(file, (FirstTextLine(lines, from, to) ?? from) + 1, problem == MarkdownProblem.TooDeeplyNested
            ? ProblemCode.TextTooDeeplyNested : ProblemCode.TextCannotRender));
        return false;
    }

    /// <summary>The parts between heading-like lines that the site cannot render, or the body's first line when no single part is to blame.</summary>
    private static void ReportUnreadableParts(string file, string[] lines, int bodyStart, List<Problem> problems)
    {
        var before = problems.Count;
        var from = bodyStart;
        for (var i = bodyStart; i <= lines.Length; i++)
        {
            if (i == lines.Length || AnyHeading().IsMatch(lines[i]))
            {
                // A question's "{search: ...}" line is not its answer: the answer's first line is the one to name.
                var start = FirstTextLine(lines, from, i) is { } first && SearchTermsLine().IsMatch(lines[first]) ? first + 1 : from;
                CheckRenders(file, lines, start, i, problems);
                from = i + 1;
            }
        }
        if (problems.Count == before)
        {
            CheckRenders(file, lines, bodyStart, lines.Length, problems);
        }
    }

    private static (string Key, string Title)? ReadHeading(
        string file, string source, int line, Dictionary<string, int> keys, List<Problem> problems)
    {
        var match = KeyedHeading().Match(source);
        if (!match.Success)
        {
            problems.Add(Problem.At(file, line, ProblemCode.UnknownHeading));
            return null;
        }
        var (title, key) = (match.Groups["title"].Value.Trim(), match.Groups["key"].Value);
        if (!Slug.IsValid(key))
        {
            problems.Add(Problem.At(file, line, ProblemCode.HeadingKeyForm, key));
            return null;
        }
        if (title.Length == 0)
        {
            problems.Add(Problem.At(file, line, ProblemCode.HeadingWithoutText));
            return null;
        }
        if (!keys.TryAdd(key, line))
        {
            problems.Add(Problem.At(file, line, ProblemCode.DuplicateHeadingKey, key, keys[key].ToString(CultureInfo.InvariantCulture)));
            return null;
        }
        return (key, title);
    }

    private static string? Required(FrontMatter matter, string name, string file, List<Problem> problems)
    {
        var value = matter.Get(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(Problem.At(file, matter.LineOf(name), ProblemCode.FrontMatterFieldMissing, name));
            return null;
        }
        return value;
    }

    private static string? CheckedKey(FrontMatter matter, string name, string file, List<Problem> problems)
    {
        var value = Required(matter, name, file, problems);
        if (value is not null && !Slug.IsValid(value))
        {
            problems.Add(Problem.At(file, matter.LineOf(name), ProblemCode.FrontMatterKeyForm, name, value));
            return null;
        }
        return value;
    }

    /// <summary>A slug is an address: Arabic letters are allowed there (in NFC), unlike in keys.</summary>
    private static string? CheckedAddress(FrontMatter matter, string file, List<Problem> problems)
    {
        var value = Required(matter, "slug", file, problems);
        if (value is not null && !Slug.IsValidAddress(value))
        {
            problems.Add(Problem.At(file, matter.LineOf("slug"),
                ProblemCode.FrontMatterSlugForm, value));
            return null;
        }
        return value;
    }

    /// <summary>
    /// The lines [from, to) as one block without the blank lines around it. Lines inside are kept
    /// exactly: two trailing spaces are a line break in Markdown, and indentation is code.
    /// </summary>
    private static string Join(string[] lines, int from, int to)
    {
        (from, to) = (Math.Min(from, lines.Length), Math.Min(to, lines.Length));
        while (from < to && string.IsNullOrWhiteSpace(lines[from]))
        {
            from++;
        }
        while (to > from && string.IsNullOrWhiteSpace(lines[to - 1]))
        {
            to--;
        }
        return string.Join('\n', lines[from..to]);
    }

    /// <summary>The index of the first line in [from, to) with any text, or null.</summary>
    private static int? FirstTextLine(string[] lines, int from, int to)
    {
        for (var i = from; i < Math.Min(to, lines.Length); i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                return i;
            }
        }
        return null;
    }

    /// <summary>
    /// The key and title a heading that cannot be read is checked under (a valid key, so only what is under it is
    /// reported): the file is refused for the heading itself, so no page ever holds it.
    /// </summary>
    private const string StandIn = "unread-heading";

    [GeneratedRegex(@"^[ \t]*\{search:(?<terms>[^}]*)\}[ \t]*$")]
    private static partial Regex SearchTermsLine();

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]")]
    private static partial Regex AnyHeading();

    // Markdown allows up to three spaces before the '#' signs.
    [GeneratedRegex(@"^ {0,3}#{2,3}[ \t]+(?<title>.*?)[ \t]*\{#(?<key>[^}]*)\}[ \t]*$")]
    private static partial Regex KeyedHeading();
}
