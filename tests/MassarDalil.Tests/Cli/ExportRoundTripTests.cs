using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.SiteTexts;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Areas.Manager.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MassarDalil.Content.Problems;

namespace MassarDalil.Tests.Cli;

/// <summary>
/// Anything the manager stores, <c>export</c> writes and <c>import</c> reads back unchanged: text is saved through the
/// manager's forms (<see cref="FaqInput"/>, <see cref="PageInput"/>) and <see cref="PageEditor"/>, published, exported
/// with the CLI and imported into a fresh database, where every title, description, body, topic, question, answer and
/// site text must be the same string.
/// </summary>
public class ExportRoundTripTests
{
    /// <summary>Titles, descriptions, topic titles and questions: one line each, as the editor allows.</summary>
    public static TheoryData<string> OneLineTexts =>
    [
        "Say \"hello\" to 'Massar'",
        "\"",
        "'",
        "Massar: the guide",
        "key: value: more",
        "#1 guide",
        "# Not the page title",
        "## Not a topic",
        "### Not a question {#fake}",
        "C# {#key}",
        "Ends with hashes ##",
        "#",
        "---",
        "...",
        "- a list?",
        "? a question mark first",
        ": a colon first",
        "{braces}",
        "[brackets]",
        "&anchor",
        "*alias",
        "!tag",
        "| pipe",
        "> folded",
        "% directive",
        "@at",
        "`backtick`",
        "Back\\slash \\\" and \\n",
        "Ends with a backslash \\",
        "null",
        "~",
        "<!-- never closed",
        "*emphasis* and _under_",
        "\u200Fمسار\u200E Massar\u061C",
        "\u200F",
        "Tab\tinside",
        "Trailing spaces  ",
        "Zero\u200Bwidth",
        "\uFEFFBOM first",
        "No\u00A0break space",
    ];

    /// <summary>Answers, FAQ introductions, home and guide bodies: Markdown, including what the seed format gives meaning to.</summary>
    public static TheoryData<string> MarkdownTexts =>
    [
        "Quotes \"x\" and 'y': colons # and hashes",
        "#### A level four heading\n\nText.",
        "###### Six",
        "Text\n\n---\n\nMore text.",
        "---\n\nText after a rule.",
        "Text before a rule.\n\n---",
        "* * *",
        "Text\n\n===",
        "```\n## in a closed fence\n```",
        "```\ncode never closed",
        "~~~~\n## in a fence never closed\n### q {#k}",
        "Text\n\n```js\nlet a = 1;",
        "````\n```\nstill open: three backticks do not close four",
        "- ```\n  a fence in a list item, never closed",
        "> ```\n> a fence in a quote, never closed",
        "<!-- never closed",
        "<details>\n\nhidden?",
        "Line one\rline two",
        "Line one\r\nline two\r\n\r\nParagraph two",
        "\n\n\nLeading and trailing blank lines\n\n\n",
        "\r\n\r\nLeading CRLF blank lines",
        "    indented code first",
        "Text\n\n    ## indented: code, not a heading",
        "Hard break  \nnext line",
        "Tab\tin text",
        "Trailing spaces  ",
        "Ends with a backslash \\",
        "> quote\n> ## a heading in a quote",
        "- item\n\n  ## a heading in a list item",
        "\u200Fمرحبا\u200E Massar\u061C",
        "[ref]: https://www.men.gov.ma\n\nSee [the ministry][ref].",
        "Line\u2028separator",
        "A {#looks-like-a-key}",
        "###### Six {#six}",
    ];

    /// <summary>
    /// Headings of level 1 to 3 (ATX or setext) and look-alike question headings: in an FAQ's seed file they would start
    /// a topic or a question, so the FAQ editor refuses them; a guide or a home page, whose body runs to the end of its
    /// file, keeps them.
    /// </summary>
    public static TheoryData<string, string> FaqStructureMarkdown => new()
    {
        { "# A level one heading\n\nText.", ProblemEnglish.Of(ProblemCode.FaqHeading) },
        { "## A level two heading\n\nText.", ProblemEnglish.Of(ProblemCode.FaqHeading) },
        { "Text.\n\n### A level three heading {#sub}\n\nMore text.", ProblemEnglish.Of(ProblemCode.FaqHeading) },
        { "### Sub", ProblemEnglish.Of(ProblemCode.FaqHeading) },
        { "<!-- never closed\n\n## x", ProblemEnglish.Of(ProblemCode.FaqHeading) },
        { "A heading\n---\n\nText.", ProblemEnglish.Of(ProblemCode.FaqSetextHeading) },
        { "A heading\n===", ProblemEnglish.Of(ProblemCode.FaqSetextHeading) },
        { "Text.\n\n###No space {#k}", ProblemEnglish.Of(ProblemCode.FaqLookAlikeHeading) },
        { "####### Seven {#seven}", ProblemEnglish.Of(ProblemCode.FaqLookAlikeHeading) },
    };

    [Theory]
    [MemberData(nameof(OneLineTexts))]
    public Task AOneLineTextTheManagerStoresComesBackFromAnExportUnchanged(string text) => RoundTripAsync(text, "Plain text.", "Plain text.");

    [Theory]
    [MemberData(nameof(MarkdownTexts))]
    public Task MarkdownTheManagerStoresComesBackFromAnExportUnchanged(string markdown) => RoundTripAsync("A title", markdown, markdown);

    [Theory]
    [MemberData(nameof(FaqStructureMarkdown))]
    public async Task HeadingsAnFaqFileGivesMeaningToAreRefusedInAnswersAndKeptInGuides(string markdown, string message)
    {
        var saved = await SaveEnglishFaqAsync(form =>
        {
            form.Body = markdown;
            form.Topics[0].Questions[0].Answer = markdown;
        });

        Assert.Equal(SaveStatus.Invalid, saved.Status);
        Assert.Equal([("Body", message), ("Topics[0].Questions[0].Answer", message)], saved.Problems.Select(p => (p.Field, p.Message)));
        await RoundTripAsync("A title", "Plain text.", markdown);
    }

    [Fact]
    public async Task ATopicAndAQuestionOfTheSameTitleGetKeysOfTheirOwnAndComeBack()
    {
        await RoundTripAsync("A title", "Plain text.", "Plain text.", form =>
            form.Topics.Add(new TopicInput { Title = "Password", Questions = [new QuestionInput { Question = "Password", Answer = "Text." }] }));
    }

    [Fact]
    public async Task TheEditorRefusesATopicWithoutQuestionsAndAKeyATopicAndAQuestionShare()
    {
        var (empty, shared) = (0, 0);

        var saved = await SaveEnglishFaqAsync(form =>
        {
            form.Topics.Add(new TopicInput { Key = "empty", Title = "Nothing here" });
            form.Topics.Add(new TopicInput { Key = "shared", Title = "Shared", Questions = [new QuestionInput { Key = "shared", Question = "Shared?", Answer = "Text." }] });
            (empty, shared) = (form.Topics.Count - 2, form.Topics.Count - 1);
        });

        Assert.Equal(SaveStatus.Invalid, saved.Status);
        Assert.Equal(
            [($"Topics[{empty}].Title", ProblemEnglish.Of(ProblemCode.TopicWithoutQuestions)), ($"Topics[{shared}].Questions[0].Key", "This key is already used on this page.")],
            saved.Problems.Select(p => (p.Field, p.Message)));
    }

    /// <summary>The English FAQ's draft as the editor's form holds it, changed by <paramref name="edit"/> and saved.</summary>
    private static async Task<SaveResult> SaveEnglishFaqAsync(Action<FaqInput> edit)
    {
        using var source = new TestDatabase();
        SeededTemplate.CopySqliteTo(source.Path);
        using var host = Host(source.Path);
        await using var scope = host.Services.CreateAsyncScope();
        var faq = await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Pages.AsNoTracking().SingleAsync(p => p.SiteKey == "en" && p.Type == PageType.Faq);
        var form = FaqInput.From(faq.Draft, faq.DraftVersion);
        edit(form);
        return await scope.ServiceProvider.GetRequiredService<PageEditor>().SaveDraftAsync(faq.Id, faq.DraftVersion, form.ToContent(), null, "test");
    }

    private static async Task RoundTripAsync(string line, string faqMarkdown, string pageMarkdown, Action<FaqInput>? edit = null)
    {
        using var source = new TestDatabase();
        using var target = new TestDatabase();
        using var export = SeedFolder.Empty();
        SeededTemplate.CopySqliteTo(source.Path);
        await StoreAsManagerAsync(source.Path, line, faqMarkdown, pageMarkdown, edit);

        var exported = await MassarCli.RunAsync(source.Path, "export", export.Path);
        var imported = await MassarCli.RunAsync(target.Path, "import", export.Path);

        Assert.True(exported.ExitCode == 0, exported.Errors);
        Assert.True(imported.ExitCode == 0, imported.Errors);
        var (stored, read) = (await PublishedAsync(source.Path), await PublishedAsync(target.Path));
        Assert.Equal(stored.Keys.Order(), read.Keys.Order());
        foreach (var (page, content) in stored)
        {
            var back = read[page];
            Assert.Equal((page, "title", content.Title), (page, "title", back.Title));
            Assert.Equal((page, "description", content.Description), (page, "description", back.Description));
            Assert.Equal((page, "body", content.Body), (page, "body", back.Body));
            Assert.Equal(content.Topics.Select(t => (page, t.Key, t.Title)), back.Topics.Select(t => (page, t.Key, t.Title)));
            Assert.Equal(content.AllQuestions.Select(q => (page, q.Key, q.Question, q.Answer)), back.AllQuestions.Select(q => (page, q.Key, q.Question, q.Answer)));
            Assert.Equal(content.Texts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (page, t.Key, t.Value)),
                back.Texts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (page, t.Key, t.Value)));
        }
    }

    /// <summary>
    /// The English FAQ (its title, description, introduction and a new topic with one question), home page and a new
    /// guide, typed into the manager's forms, saved and published through <see cref="PageEditor"/>.
    /// </summary>
    private static async Task StoreAsManagerAsync(string database, string line, string faqMarkdown, string pageMarkdown, Action<FaqInput>? edit)
    {
        using var host = Host(database);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var editor = scope.ServiceProvider.GetRequiredService<PageEditor>();

        var faq = await db.Pages.AsNoTracking().SingleAsync(p => p.SiteKey == "en" && p.Type == PageType.Faq);
        var form = FaqInput.From(faq.Draft, faq.DraftVersion);
        (form.Title, form.Description, form.Body) = (line, line, faqMarkdown);
        form.Topics.Add(new TopicInput { Key = "edge-topic", Title = line, Questions = [new QuestionInput { Key = "edge-question", Question = line, Answer = faqMarkdown }] });
        edit?.Invoke(form);
        await SaveAndPublishAsync(editor, faq.Id, form.Version, form.ToContent(), null);

        var home = await db.Pages.AsNoTracking().SingleAsync(p => p.SiteKey == "en" && p.Type == PageType.Home);
        var homeForm = PageInput.From(home);
        (homeForm.Title, homeForm.Description, homeForm.Body) = (line, line, pageMarkdown);
        await SaveAndPublishAsync(editor, home.Id, homeForm.Version, homeForm.ToContent(home.Draft), null);

        // The English texts: a one-line text, and Markdown-like text where a notice may take several lines.
        var texts = await db.Pages.AsNoTracking().SingleAsync(p => p.SiteKey == "en" && p.Type == PageType.Texts);
        var textsForm = TextsInput.From(texts);
        textsForm.Values[textsForm.Keys.IndexOf("site.name")] = line;
        textsForm.Values[textsForm.Keys.IndexOf("notfound.text")] = pageMarkdown;
        var (typed, emptied) = textsForm.Read(texts.Draft.Texts);
        Assert.Empty(emptied);
        await SaveAndPublishAsync(editor, texts.Id, textsForm.Version, SiteTextsPage.Content(typed), null);

        var created = await editor.CreateGuideAsync("en", line, "edge-guide", null, "test");
        var guide = created.Page ?? throw new InvalidOperationException(string.Join("; ", created.Problems));
        var guideForm = PageInput.From(guide);
        (guideForm.Description, guideForm.Body) = (line, pageMarkdown);
        await SaveAndPublishAsync(editor, guide.Id, guideForm.Version, guideForm.ToContent(guide.Draft), FaqInput.Clean(guideForm.Slug));
    }

    private static async Task SaveAndPublishAsync(PageEditor editor, int id, int version, PageContent content, string? slug)
    {
        var saved = await editor.SaveDraftAsync(id, version, content, slug, "test");
        Assert.True(saved.Status == SaveStatus.Saved, string.Join("; ", saved.Problems));
        Assert.Equal(PublishStatus.Published, (await editor.PublishAsync(id, "test")).Status);
    }

    private static async Task<Dictionary<string, PageContent>> PublishedAsync(string database)
    {
        using var host = Host(database);
        await using var scope = host.Services.CreateAsyncScope();
        var pages = await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Pages.AsNoTracking().Include(p => p.PublishedRevision).ToListAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return pages.Where(p => p.PublishedRevision is not null).ToDictionary(p => $"{p.SiteKey}/{p.TranslationKey}", p => p.PublishedRevision!.Content);
    }

    /// <summary>The engine on <paramref name="database"/>, as the CLI runs it.</summary>
    private static Microsoft.Extensions.Hosting.IHost Host(string database) =>
        MassarDalil.Cli.Program.BuildHost([], new Dictionary<string, string?> { ["ConnectionStrings:Content"] = $"Data Source={database}" });
}
