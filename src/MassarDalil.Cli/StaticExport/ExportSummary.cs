using System.Globalization;
using System.Text;

namespace MassarDalil.Cli.StaticExport;

/// <summary>What an export wrote, counted from its files.</summary>
internal sealed record ExportSummary(
    string Folder, TimeSpan Took, IReadOnlyDictionary<string, int> PagesPerLanguage, int QuestionPages,
    int NotFoundPages, int RedirectPages, int OtherFiles, int Files, long Bytes)
{
    public int Pages => PagesPerLanguage.Values.Sum();

    public static ExportSummary Of(SiteCrawler crawler, string folder, TimeSpan took)
    {
        var files = crawler.Files.ToList();
        var notFound = files.Where(f => f == ExportLayout.NotFoundFile || f.EndsWith("/" + ExportLayout.NotFoundFile, StringComparison.Ordinal)).ToList();
        var pages = files.Where(f => f.EndsWith(ExportLayout.IndexFile, StringComparison.Ordinal) && !crawler.Redirects.Contains(f)).ToList();
        var perLanguage = pages.GroupBy(f => f.Split('/')[0]).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // ar/faq/{key}/index.html: a question's own page (topic pages live under faq/topic/).
        var questions = pages.Count(f => f.Split('/') is [_, "faq", var key, ExportLayout.IndexFile] && key != "topic");
        var all = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        return new ExportSummary(folder, took, perLanguage, questions, notFound.Count, crawler.Redirects.Count,
            files.Count - pages.Count - notFound.Count - crawler.Redirects.Count, all.Count, all.Sum(f => f.Length));
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        var languages = string.Join(", ", PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
        text.Append(CultureInfo.InvariantCulture, $"exported the public site to {Folder} in {Took.TotalSeconds:0.0} s\n");
        text.Append(CultureInfo.InvariantCulture, $"  {Pages} pages ({languages}), {QuestionPages} of them question pages\n");
        text.Append(CultureInfo.InvariantCulture, $"  {NotFoundPages} not-found pages, {RedirectPages} redirecting page(s), {OtherFiles} other files (sitemap, robots.txt, search indexes, styles, scripts, icons)\n");
        text.Append(CultureInfo.InvariantCulture, $"  {Files} files, {Bytes / 1024.0:0.0} KiB\n");
        return text.ToString();
    }
}
