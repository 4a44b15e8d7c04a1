using MassarDalil.Content.Import;
using MassarDalil.Content.Pages;

namespace MassarDalil.Tests.Support;

/// <summary>
/// A seed folder whose FAQ in each language is big (2,000 questions by default), made from the
/// real seed's questions and answers so lengths and scripts are realistic. Keys and titles are
/// numbered; each language gets the same keys, as translations do. Answers keep their first
/// paragraph, so the 2,000-question Arabic file stays under the importer's 1 MiB limit per file.
/// </summary>
public static class BigFaq
{
    public static SeedFolder Create(int questionsPerLanguage = 2000, int topics = 40)
    {
        var real = SeedFolderReader.Read(TestPaths.Seed).Set ?? throw new InvalidOperationException("the real seed does not read");
        var folder = SeedFolder.CopyOfRealSeed();
        foreach (var page in real.Pages.Where(p => p.Type == PageType.Faq))
        {
            var content = Grow(page.Content, questionsPerLanguage, topics);
            folder.Write(Path.GetRelativePath(TestPaths.Seed, page.File), SeedWriter.Page(page.Type, page.TranslationKey, page.Slug, page.Order, content));
        }
        return folder;
    }

    public static PageContent Grow(PageContent faq, int questions, int topics)
    {
        var sourceTopics = faq.Topics;
        var sourceQuestions = faq.AllQuestions.ToList();
        var perTopic = questions / topics;
        var grown = Enumerable.Range(0, topics).Select(t =>
        {
            var source = sourceTopics[t % sourceTopics.Count];
            return new FaqTopic($"{source.Key}-{t + 1}", $"{source.Title} {t + 1}", Enumerable.Range(0, perTopic).Select(i =>
            {
                var n = t * perTopic + i + 1;
                var question = sourceQuestions[n % sourceQuestions.Count];
                var mark = question.Question.EndsWith('؟') ? "؟" : "?";
                var firstParagraph = question.Answer.Split("\n\n")[0];
                return new FaqQuestion($"{question.Key}-{n}", $"{question.Question.TrimEnd('?', '؟')} ({n}){mark}", firstParagraph);
            }).ToList());
        }).ToList();
        return faq with { Topics = grown };
    }
}
