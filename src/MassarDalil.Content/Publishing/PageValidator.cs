using MassarDalil.Content.Markdown;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Search;
using MassarDalil.Content.SiteTexts;
using MassarDalil.Content.Text;

namespace MassarDalil.Content.Publishing;

/// <summary>The rules a draft must keep before it is stored: nothing half-written reaches the database.</summary>
public static class PageValidator
{
    public const int TitleMax = 200;
    public const int DescriptionMax = 300;
    public const int QuestionMax = 300;
    public const int AnswerMax = 20_000;

    public const string LookAlikeLink = "A link here looks like the Ministry's but is not on men.gov.ma. Official links must end in men.gov.ma.";
    public const string TooDeeplyNested = "This text cannot be shown on the site: its lists, quotes, emphasis or links are nested too deeply. Use fewer levels.";
    public const string AddressForm = "Use Arabic or lower-case Latin letters, digits and single hyphens.";
    public const string CannotRender = "This text cannot be shown on the site. Change it, or ask an administrator to read the log.";
    public const string FaqHeading = "Use headings of level 4 to 6 here (#### Heading): levels 1 to 3 are the page's title, its topics and its questions.";
    public const string FaqSetextHeading = "A line of '---' or '===' under text makes that text a heading: leave a blank line above '---' for a line across the page, or write '#### Heading'.";
    public const string FaqLookAlikeHeading = "A line here looks like a question's heading ({#key} at its end, no space after the '#' signs): remove the {#…} or write '#### Heading'.";
    public const string TopicWithoutQuestions = "This topic has no questions: add one, or remove the topic.";

    /// <summary>
    /// Problems the seed reader finds itself, at the exact line of a file (a topic without questions, headings in an
    /// answer); it leaves these out of <see cref="Validate"/>'s answer so a file's reader is not told twice.
    /// </summary>
    public static IReadOnlySet<string> FaqStructureMessages { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        FaqHeading, FaqSetextHeading, FaqLookAlikeHeading, TopicWithoutQuestions,
    };

    /// <summary>Slugs a guide may not take: they are the FAQ's or the site's own addresses.</summary>
    public static IReadOnlySet<string> ReservedSlugs { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "faq", "search", "not-found", "manager", "api", "error",
    };

    /// <summary>The longest site text: a notice or a paragraph of the calculator, never a page.</summary>
    public const int SiteTextMax = 2_000;

    public static IReadOnlyList<EditProblem> Validate(string type, PageContent content, string slug)
    {
        var problems = new List<EditProblem>();
        if (type == PageType.Texts)
        {
            // A texts page has no title or body of its own: only its words, each checked against the catalogue.
            foreach (var (key, text) in content.Texts)
            {
                problems.AddRange(SiteTextRules.Check(key, text).Select(p => new EditProblem($"Texts[{key}]", p.Describe(key))));
                if (text.Length > SiteTextMax)
                {
                    problems.Add(new EditProblem($"Texts[{key}]", "This text is too long."));
                }
            }
            return problems;
        }
        Text(problems, "Title", content.Title, TitleMax, required: true, singleLine: true);
        Text(problems, "Description", content.Description, DescriptionMax, required: false, singleLine: true);
        var faq = type == PageType.Faq;
        Markdown(problems, "Body", content.Body, faq);
        if (type == PageType.Guide)
        {
            problems.AddRange(ValidateSlug(slug));
        }
        // One set: a topic and a question are both anchors of the same page (and headings of the same seed file).
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < content.Topics.Count; t++)
        {
            var topic = content.Topics[t];
            var prefix = $"Topics[{t}]";
            Key(problems, $"{prefix}.Key", topic.Key, keys);
            Text(problems, $"{prefix}.Title", topic.Title, TitleMax, required: true, singleLine: true);
            if (topic.Questions.Count == 0)
            {
                // Shown under nothing on the site, and a seed file's topic heading needs a question under it.
                problems.Add(new EditProblem($"{prefix}.Title", TopicWithoutQuestions));
            }
            for (var q = 0; q < topic.Questions.Count; q++)
            {
                var question = topic.Questions[q];
                var field = $"{prefix}.Questions[{q}]";
                Key(problems, $"{field}.Key", question.Key, keys);
                Text(problems, $"{field}.Question", question.Question, QuestionMax, required: true, singleLine: true);
                var before = problems.Count;
                Text(problems, $"{field}.Answer", question.Answer, AnswerMax, required: true);
                if (problems.Count == before)
                {
                    // Not rendered when already refused for its length: a huge text would only cost time.
                    Markdown(problems, $"{field}.Answer", question.Answer, faq);
                }
                if (QuestionSearchTerms.Problem(question.SearchTerms) is { } terms)
                {
                    problems.Add(new EditProblem($"{field}.SearchTerms", terms));
                }
            }
        }
        return problems;
    }

    public static IEnumerable<EditProblem> ValidateSlug(string slug)
    {
        if (!Slug.IsValidAddress(slug))
        {
            yield return new EditProblem("Slug", AddressForm);
        }
        else if (ReservedSlugs.Contains(slug))
        {
            yield return new EditProblem("Slug", "This address is reserved for the site.");
        }
    }

    private static void Text(List<EditProblem> problems, string field, string value, int max, bool required, bool singleLine = false)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new EditProblem(field, "This field is required."));
        }
        else if (value.Length > max)
        {
            problems.Add(new EditProblem(field, "This text is too long."));
        }
        else if (singleLine && value.Any(c => (char.IsControl(c) && c != '\t') || c is '\u2028' or '\u2029'))
        {
            // A title is one line on the page, in a heading of the seed file and in its front matter: a line break
            // would split it (other control characters show as nothing; a tab stays: it round-trips through the export).
            problems.Add(new EditProblem(field, "Write this on one line, without line breaks."));
        }
    }

    /// <summary>The key that links a page to its translations: the same form as a slug.</summary>
    public static IEnumerable<EditProblem> ValidateTranslationKey(string key)
    {
        if (!Slug.IsValid(key))
        {
            yield return new EditProblem("TranslationKey", "Use lower-case Latin letters, digits and single hyphens.");
        }
    }

    /// <summary>Text the site cannot render is refused here, with the renderer's own pipeline, so it never reaches a published page.</summary>
    /// <param name="faq">An FAQ's introduction or answer: it must also keep <see cref="FaqMarkdown"/>'s rules.</param>
    private static void Markdown(List<EditProblem> problems, string field, string markdown, bool faq = false)
    {
        if (markdown.Length == 0)
        {
            return;
        }
        if (MarkdownCheck.Find(markdown) is { } problem)
        {
            problems.Add(new EditProblem(field, Describe(problem)));
        }
        else if (OfficialLinks.LookAlikes(markdown).Count > 0)
        {
            problems.Add(new EditProblem(field, LookAlikeLink));
        }
        else if (faq && FaqMarkdown.Find(markdown) is { } faqProblem)
        {
            problems.Add(new EditProblem(field, faqProblem switch
            {
                FaqMarkdownProblem.TopLevelHeading => FaqHeading,
                FaqMarkdownProblem.SetextHeading => FaqSetextHeading,
                _ => FaqLookAlikeHeading,
            }));
        }
    }

    public static string Describe(MarkdownProblem problem) =>
        problem == MarkdownProblem.TooDeeplyNested ? TooDeeplyNested : CannotRender;

    private static void Key(List<EditProblem> problems, string field, string key, HashSet<string> seen)
    {
        if (!Slug.IsValid(key))
        {
            problems.Add(new EditProblem(field, "Use lower-case Latin letters, digits and single hyphens."));
        }
        else if (!seen.Add(key))
        {
            problems.Add(new EditProblem(field, "This key is already used on this page."));
        }
    }
}
