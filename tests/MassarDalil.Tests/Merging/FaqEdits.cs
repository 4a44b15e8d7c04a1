using MassarDalil.Content.Pages;

namespace MassarDalil.Tests.Merging;

/// <summary>An FAQ to merge and the edits an editor makes to it, each returning a new version.</summary>
internal static class FaqEdits
{
    public static PageContent Base { get; } = new()
    {
        Title = "FAQ",
        Description = "Questions about Massar.",
        Body = "Read this first.",
        Topics =
        [
            new FaqTopic("grades", "Grades", [Q("when-grades-appear"), Q("wrong-grade"), Q("pass-mark")]),
            new FaqTopic("nfc", "Digital ID", [Q("nfc-is-safe"), Q("nfc-phone-support")]),
            new FaqTopic("login", "Signing in", [Q("forgot-username"), Q("forgot-password"), Q("reset-email-missing"), Q("incorrect-password")]),
        ],
    };

    public static FaqQuestion Q(string key, string? answer = null) => new(key, key.Replace('-', ' ') + "?", answer ?? $"About {key}.");

    public static FaqQuestion Question(this PageContent content, string key) => content.AllQuestions.Single(q => q.Key == key);

    public static string TopicOf(this PageContent content, string key) => content.Topics.Single(t => t.Questions.Any(q => q.Key == key)).Key;

    public static IEnumerable<string> Keys(this PageContent content, string topic) => content.Topics.Single(t => t.Key == topic).Questions.Select(q => q.Key);

    public static PageContent Answer(this PageContent content, string key, string answer) =>
        Map(content, q => q.Key == key ? q with { Answer = answer } : q);

    public static PageContent Ask(this PageContent content, string key, string question) =>
        Map(content, q => q.Key == key ? q with { Question = question } : q);

    public static PageContent Remove(this PageContent content, string key) =>
        content with { Topics = content.Topics.Select(t => t with { Questions = t.Questions.Where(q => q.Key != key).ToList() }).ToList() };

    /// <summary>Moves a question to position <paramref name="index"/> of <paramref name="topic"/> (-1: the end).</summary>
    public static PageContent Move(this PageContent content, string key, string topic, int index = -1)
    {
        var question = content.Question(key);
        var without = content.Remove(key);
        return Insert(without, topic, question, index);
    }

    public static PageContent Add(this PageContent content, string topic, FaqQuestion question, int index = -1) => Insert(content, topic, question, index);

    public static PageContent RenameTopic(this PageContent content, string topic, string title) =>
        content with { Topics = content.Topics.Select(t => t.Key == topic ? t with { Title = title } : t).ToList() };

    public static PageContent RemoveTopic(this PageContent content, string topic) =>
        content with { Topics = content.Topics.Where(t => t.Key != topic).ToList() };

    public static PageContent AddTopic(this PageContent content, FaqTopic topic) => content with { Topics = [.. content.Topics, topic] };

    public static PageContent OrderTopics(this PageContent content, params string[] keys) =>
        content with { Topics = keys.Select(k => content.Topics.Single(t => t.Key == k)).ToList() };

    private static PageContent Insert(PageContent content, string topic, FaqQuestion question, int index) =>
        content with
        {
            Topics = content.Topics.Select(t => t.Key != topic ? t : t with
            {
                Questions = index < 0 ? [.. t.Questions, question] : [.. t.Questions.Take(index), question, .. t.Questions.Skip(index)],
            }).ToList(),
        };

    private static PageContent Map(PageContent content, Func<FaqQuestion, FaqQuestion> change) =>
        content with { Topics = content.Topics.Select(t => t with { Questions = t.Questions.Select(change).ToList() }).ToList() };
}
