using BenchmarkDotNet.Attributes;
using MassarDalil.Content.Import;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Pages;
using MassarDalil.Tests.Support;

namespace MassarDalil.Benchmarks;

/// <summary>Rendering every answer of a FAQ to HTML: what a publish costs the server that loads it.</summary>
[MemoryDiagnoser]
[Config(typeof(QuickConfig))]
public class MarkdownBenchmarks
{
    private readonly MarkdownRenderer _markdown = new();
    private List<string> _answers = [];

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
        _answers = content.AllQuestions.Select(q => q.Answer).ToList();
    }

    [Benchmark]
    public int RenderWholeFaq()
    {
        var length = 0;
        foreach (var answer in _answers)
        {
            length += _markdown.ToHtml(answer, Site == "ar").Length;
        }
        return length;
    }
}
