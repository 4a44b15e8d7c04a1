using BenchmarkDotNet.Attributes;
using MassarDalil.Content.Import;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;
using MassarDalil.Tests.Support;

namespace MassarDalil.Benchmarks;

/// <summary>
/// Every answer of a FAQ through the Markdown pipeline: what a publish costs the server that loads it (HTML and the
/// plain text of search and descriptions), and what a save's check costs the editor who saves it.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(QuickConfig))]
public class MarkdownBenchmarks
{
    private readonly MarkdownRenderer _markdown = new();
    private List<FaqQuestion> _questions = [];

    [Params("ar", "en")]
    public string Site { get; set; } = "ar";

    /// <summary>34 is the seed's FAQ; 2000 the generated big one.</summary>
    [Params(34, 2000)]
    public int Questions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var faq = SeedFolderReader.Read(TestPaths.Seed).Set!.Pages.Single(p => p.SiteKey == Site && p.Type == PageType.Faq).Content;
        var content = Questions == faq.AllQuestions.Count() ? faq : BigFaq.Grow(faq, Questions, 40);
        _questions = content.AllQuestions.ToList();
    }

    [Benchmark]
    public int RenderWholeFaq()
    {
        var length = 0;
        foreach (var question in _questions)
        {
            length += _markdown.ToHtml(question.Answer, Site == "ar").Length;
        }
        return length;
    }

    /// <summary>What a snapshot does with each answer: its HTML and its plain text.</summary>
    [Benchmark]
    public int RenderWholeFaqWithText()
    {
        var length = 0;
        foreach (var question in _questions)
        {
            var rendered = _markdown.Render(question.Answer, Site == "ar");
            length += rendered.Html.Length + rendered.Text.Length;
        }
        return length;
    }

    /// <summary>A save's rules for every question (the Markdown check, links, the FAQ's headings), as a whole-FAQ save asks.</summary>
    [Benchmark]
    public int CheckWholeFaq() => _questions.Sum(q => PageValidator.ValidateQuestion(q).Count);
}

/// <summary>
/// One answer of the longest length a save takes, written in the shape Markdig parses in time that grows with the
/// square of its length (emphasis openers that never close): what one crafted save costs.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OncePerIterationConfig))]
public class CraftedMarkdownBenchmarks
{
    private readonly FaqQuestion _question = new("crafted", "Crafted?", string.Concat(Enumerable.Repeat("*a", PageValidator.AnswerMax / 2)));

    [Benchmark]
    public int CheckCraftedAnswer() => PageValidator.ValidateQuestion(_question).Count;
}
