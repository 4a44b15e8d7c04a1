using MassarDalil.Content.Markdown;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Search;
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
    public const string CannotRender = "This text cannot be shown on the site. Change it, or ask an administrator to read the log.";

    /// <summary>Slugs a guide may not take: they are the FAQ's or the site's own addresses.</summary>
    public static IReadOnlySet<string> ReservedSlugs { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "faq", "search", "not-found", "manager", "api", "error",
    };

    public static IReadOnlyList<EditProblem> Validate(string type, PageContent content, string slug)
    {
        var problems = new List<EditProblem>();
        Text(problems, "Title", content.Title, TitleMax, required: true, singleLine: true);
        Text(problems, "Description", content.Description, DescriptionMax, required: false, singleLine: true);
        Markdown(problems, "Body", content.Body);
        if (type == PageType.Guide)
        {
            problems.AddRange(ValidateSlug(slug));
        }
        var topicKeys = new HashSet<string>(StringComparer.Ordinal);
        var questionKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < content.Topics.Count; t++)
        {
            var topic = content.Topics[t];
            var prefix = $"Topics[{t}]";
            Key(problems, $"{prefix}.Key", topic.Key, topicKeys);
            Text(problems, $"{prefix}.Title", topic.Title, TitleMax, required: true, singleLine: true);
            for (var q = 0; q < topic.Questions.Count; q++)
            {
                var question = topic.Questions[q];
                var field = $"{prefix}.Questions[{q}]";
                Key(problems, $"{field}.Key", question.Key, questionKeys);
                Text(problems, $"{field}.Question", question.Question, QuestionMax, required: true, singleLine: true);
                var before = problems.Count;
                Text(problems, $"{field}.Answer", question.Answer, AnswerMax, required: true);
                if (problems.Count == before)
                {
                    // Not rendered when already refused for its length: a huge text would only cost time.
                    Markdown(problems, $"{field}.Answer", question.Answer);
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
        if (!Slug.IsValid(slug))
        {
            yield return new EditProblem("Slug", "Use lower-case Latin letters, digits and single hyphens.");
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
    private static void Markdown(List<EditProblem> problems, string field, string markdown)
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
