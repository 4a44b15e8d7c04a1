using MassarDalil.Content.Markdown;
using MassarDalil.Content.Navigation;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
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

    /// <summary>
    /// A guide's, home page's or FAQ introduction's Markdown, as long as an answer: about eight printed pages. Without
    /// a limit a pasted megabyte was rendered several times by each save, and some Markdown takes time that grows with
    /// the square of its length. The manager's live preview takes the same length (MarkdownPreviewModel.MaxLength).
    /// </summary>
    public const int BodyMax = 20_000;

    /// <summary>
    /// Problems the seed reader finds itself, at the exact line of a file (a topic without questions, headings in an
    /// answer, text that cannot render); it leaves these out of <see cref="Validate"/>'s answer so a file's reader is not told twice.
    /// </summary>
    public static IReadOnlySet<ProblemCode> CheckedBySeedReader { get; } = new HashSet<ProblemCode>
    {
        ProblemCode.FaqHeading, ProblemCode.FaqSetextHeading, ProblemCode.FaqLookAlikeHeading, ProblemCode.TopicWithoutQuestions,
        ProblemCode.TooDeeplyNested, ProblemCode.CannotRender,
    };

    /// <summary>
    /// Slugs a guide may not take: they are the FAQ's or the site's own addresses (the vote endpoint's <c>feedback</c>,
    /// which the guide route leaves alone), or the key the API addresses the home page by
    /// (<c>/api/v1/{lang}/pages/home</c>), which a guide called "home" took over.
    /// </summary>
    public static IReadOnlySet<string> ReservedSlugs { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "faq", "search", "not-found", "manager", "api", "error", "home", "feedback",
    };

    /// <param name="checkedBefore">A version already checked (the stored draft): answers and an introduction the same as
    /// there are not rendered again, so saving one question of a big FAQ does not render all of them.</param>
    public static IReadOnlyList<Problem> Validate(string type, PageContent content, string slug, PageContent? checkedBefore = null)
    {
        Dictionary<string, string>? known = null;
        HashSet<object>? same = null;
        if (checkedBefore is not null)
        {
            (known, same) = (new(StringComparer.Ordinal), new(ReferenceEqualityComparer.Instance));
            foreach (var before in checkedBefore.AllQuestions)
            {
                known.TryAdd(before.Key, before.Answer);
                same.Add(before);
            }
        }
        var problems = new List<Problem>();
        if (type == PageType.Texts)
        {
            // A texts page has no title or body of its own: only its words, each checked against the catalogue.
            foreach (var (key, text) in content.Texts)
            {
                problems.AddRange(SiteTextRules.Check(key, text).Select(p => p with { Field = $"Texts[{key}]" }));
            }
            return problems;
        }
        if (type == PageType.Navigation)
        {
            // The body is the menu's file: its own rules, not Markdown's. Page keys are checked where the site's pages are known.
            var fileProblems = new List<Problem>();
            if (NavigationFile.Parse("", content.Body, fileProblems) is { } menu)
            {
                return NavigationRules.Check(menu, pageKeys: null);
            }
            return [.. fileProblems.Select(p => p with { File = "", Field = "Body" })];
        }
        Text(problems, "Title", content.Title, TitleMax, required: true, singleLine: true);
        Text(problems, "Description", content.Description, DescriptionMax, required: false, singleLine: true);
        var faq = type == PageType.Faq;
        var found = problems.Count;
        Text(problems, "Body", content.Body, BodyMax, required: false);
        if (problems.Count == found && checkedBefore?.Body != content.Body)
        {
            // Not rendered when already refused for its length, as an answer.
            Markdown(problems, "Body", content.Body, faq);
        }
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
                problems.Add(Problem.For($"{prefix}.Title", ProblemCode.TopicWithoutQuestions));
            }
            for (var q = 0; q < topic.Questions.Count; q++)
            {
                var question = topic.Questions[q];
                if (same?.Contains(question) == true && Slug.IsValid(question.Key) && keys.Add(question.Key))
                {
                    // The very question of the draft checked before: only its key can clash with a new one.
                    continue;
                }
                Question(problems, $"{prefix}.Questions[{q}]", question, keys, known, faq);
            }
        }
        return problems;
    }

    /// <summary>
    /// The rules of one FAQ question alone (key form, question, answer, search terms), as <see cref="Validate"/> applies
    /// them to each; fields are named without the question's place (<c>Answer</c>). For a save that changes one question's
    /// text, whose key and place the stored draft already holds.
    /// </summary>
    public static IReadOnlyList<Problem> ValidateQuestion(FaqQuestion question)
    {
        var problems = new List<Problem>();
        Question(problems, "", question, new HashSet<string>(StringComparer.Ordinal), known: null, faq: true);
        return problems;
    }

    /// <param name="field">The question's place (<c>Topics[2].Questions[5]</c>), or empty for the question alone.</param>
    private static void Question(List<Problem> problems, string field, FaqQuestion question, HashSet<string> keys, Dictionary<string, string>? known, bool faq)
    {
        var at = field.Length == 0 ? "" : field + ".";
        Key(problems, $"{at}Key", question.Key, keys);
        Text(problems, $"{at}Question", question.Question, QuestionMax, required: true, singleLine: true);
        var before = problems.Count;
        Text(problems, $"{at}Answer", question.Answer, AnswerMax, required: true);
        if (problems.Count == before && !(known is not null && known.TryGetValue(question.Key, out var checkedAnswer) && checkedAnswer == question.Answer))
        {
            // Not rendered when already refused for its length: a huge text would only cost time.
            Markdown(problems, $"{at}Answer", question.Answer, faq);
        }
        if (QuestionSearchTerms.Check($"{at}SearchTerms", question.SearchTerms) is { } terms)
        {
            problems.Add(terms);
        }
    }

    public static IEnumerable<Problem> ValidateSlug(string slug)
    {
        if (slug.Length > Slug.MaxLength)
        {
            // Said apart from the form: a long address of good letters would be told to use other letters.
            yield return Problem.For("Slug", ProblemCode.AddressTooLong, Problem.Number(Slug.MaxLength));
        }
        else if (!Slug.IsValidAddress(slug))
        {
            yield return Problem.For("Slug", ProblemCode.AddressForm);
        }
        else if (ReservedSlugs.Contains(slug))
        {
            yield return Problem.For("Slug", ProblemCode.ReservedAddress);
        }
    }

    private static void Text(List<Problem> problems, string field, string value, int max, bool required, bool singleLine = false)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            problems.Add(Problem.For(field, ProblemCode.Required));
        }
        else if (value.Length > max)
        {
            problems.Add(Problem.For(field, ProblemCode.TooLong, Problem.Number(max)));
        }
        else if (singleLine && value.Any(c => (char.IsControl(c) && c != '\t') || c is '\u2028' or '\u2029'))
        {
            // A title is one line on the page, in a heading of the seed file and in its front matter: a line break
            // would split it (other control characters show as nothing; a tab stays: it round-trips through the export).
            problems.Add(Problem.For(field, ProblemCode.NotOneLine));
        }
    }

    /// <summary>The key that links a page to its translations: the same form as a slug.</summary>
    public static IEnumerable<Problem> ValidateTranslationKey(string key) =>
        KeyProblem("TranslationKey", key) is { } problem ? [problem] : [];

    /// <summary>The most of a link address a message repeats (then an ellipsis).</summary>
    private const int ShownUrlMax = 80;

    /// <summary>Text the site cannot render is refused here, with the renderer's own pipeline, so it never reaches a published page.</summary>
    /// <param name="faq">An FAQ's introduction or answer: it must also keep <see cref="FaqMarkdown"/>'s rules.</param>
    private static void Markdown(List<Problem> problems, string field, string markdown, bool faq = false)
    {
        if (markdown.Length == 0)
        {
            return;
        }
        var reading = MarkdownCheck.Read(markdown);
        if (reading.Problem is { } problem)
        {
            problems.Add(Problem.For(field, Describe(problem)));
            return;
        }
        problems.AddRange(AddressProblems(field, reading));
        if (faq && reading.FaqProblem is { } faqProblem)
        {
            problems.Add(Problem.For(field, faqProblem switch
            {
                FaqMarkdownProblem.TopLevelHeading => ProblemCode.FaqHeading,
                FaqMarkdownProblem.SetextHeading => ProblemCode.FaqSetextHeading,
                _ => ProblemCode.FaqLookAlikeHeading,
            }));
        }
    }

    /// <summary>
    /// Every link, image and host name written in the text that a save refuses, in the <paramref name="reading"/> of
    /// Markdown that renders (<see cref="MarkdownCheck.Read"/>), at <paramref name="field"/>, each with the line and
    /// column of the text where it is written: a text with three bad links is told of all three at once, and a seed
    /// file's reader is sent to each one's own line. Links first, in the order written, then host names in the text.
    /// The manager's live preview asks it too, so an editor is told of each before saving.
    /// </summary>
    public static IEnumerable<Problem> AddressProblems(string field, MarkdownReading reading)
    {
        foreach (var link in reading.Links)
        {
            if (LinkProblem(field, link) is { } problem)
            {
                yield return problem with { Line = link.Line + 1, Column = link.Column + 1 };
            }
        }
        // A name a visitor may type into a browser, outside any link: rnassar.ma in a sentence. The same name twice in
        // one block is two mistakes, each at its own place.
        var seen = new Dictionary<(MarkdownText, string), int>();
        foreach (var (text, host) in OfficialLinks.LookAlikesInText(reading.Texts))
        {
            var occurrence = seen[(text, host)] = seen.GetValueOrDefault((text, host), -1) + 1;
            var (line, column) = text.Find(reading.Source, host, occurrence);
            yield return Problem.For(field, ProblemCode.LookAlikeHostInText, Shown(host)) with { Line = line + 1, Column = column + 1 };
        }
    }

    /// <summary>Why a save refuses <paramref name="link"/>, one reason a link; null when it may stay.</summary>
    private static Problem? LinkProblem(string field, MarkdownLink link)
    {
        if (MarkdownRenderer.IsDropped(link))
        {
            // The page would show it as plain text: said now, not found later by a visitor. As written.
            return Problem.For(field, link.IsImage ? ProblemCode.OutsideImage : ProblemCode.UnsafeLink, Shown(link.Url));
        }
        if (OfficialLinks.IsLookAlike(link))
        {
            return Problem.For(field, ProblemCode.LookAlikeLink, Shown(link.Url));
        }
        // Words that show another host than the link's: the address they show, then the one the link opens.
        return LinkWords.Misleading(link) is { } shown
            ? Problem.For(field, ProblemCode.MisleadingLinkWords, Shown(shown), Shown(link.Url))
            : null;
    }

    /// <summary>An address as a message repeats it, cut short: a data: address can be a whole image.</summary>
    private static string Shown(string address) => TextCut.ToLength(address, ShownUrlMax + 1, "…");

    public static ProblemCode Describe(MarkdownProblem problem) =>
        problem == MarkdownProblem.TooDeeplyNested ? ProblemCode.TooDeeplyNested : ProblemCode.CannotRender;

    private static void Key(List<Problem> problems, string field, string key, HashSet<string> seen)
    {
        if (KeyProblem(field, key) is { } problem)
        {
            problems.Add(problem);
        }
        else if (!seen.Add(key))
        {
            problems.Add(Problem.For(field, ProblemCode.DuplicateKey, key));
        }
    }

    /// <summary>A key too long (said with its limit), or not of a key's form; null for a good key.</summary>
    private static Problem? KeyProblem(string field, string key) =>
        key.Length > Slug.MaxLength ? Problem.For(field, ProblemCode.KeyTooLong, Problem.Number(Slug.MaxLength))
        : Slug.IsValid(key) ? null
        : Problem.For(field, ProblemCode.KeyForm);
}
