using MassarDalil.Content.Pages;
using MassarDalil.Content.Search;

namespace MassarDalil.Web.Areas.Manager.Editing;

/// <summary>
/// The FAQ editor's form: topics and questions as indexed fields, so it posts and redisplays
/// without JavaScript and nothing typed is lost on a validation error or a conflict.
/// </summary>
public sealed class FaqInput
{
    public int Version { get; set; }

    /// <summary>Posted by the whole-FAQ form (small FAQs): every topic and question is in the post. Otherwise only the page's fields are.</summary>
    public bool Whole { get; set; }

    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Body { get; set; }
    public List<TopicInput> Topics { get; set; } = [];

    public static FaqInput From(PageContent content, int version) => new()
    {
        Version = version,
        Title = content.Title,
        Description = content.Description,
        Body = content.Body,
        Topics = content.Topics.Select(t => new TopicInput
        {
            Key = t.Key,
            Title = t.Title,
            Questions = t.Questions.Select(q => new QuestionInput { Key = q.Key, Question = q.Question, Answer = q.Answer, SearchTerms = TermList.Join(q.SearchTerms) }).ToList(),
        }).ToList(),
    };

    public PageContent ToContent() => new()
    {
        Title = Clean(Title),
        Description = Clean(Description),
        Body = Markdown(Body),
        Topics = Topics.Select(t => new FaqTopic(Clean(t.Key), Clean(t.Title),
            t.Questions.Select(q => new FaqQuestion(Clean(q.Key), Clean(q.Question), Markdown(q.Answer)) { SearchTerms = TermList.Parse(q.SearchTerms) }).ToList())).ToList(),
    };

    public static string Clean(string? text) => (text ?? "").Trim();

    /// <summary>
    /// Browsers post CRLF; stored Markdown uses LF so an unchanged answer compares equal. A lone CR (a form posted by
    /// something else) is a line break to Markdown and to the seed reader too, so it is stored as one.
    /// </summary>
    public static string Markdown(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
}

public sealed class TopicInput
{
    public string? Key { get; set; }
    public string? Title { get; set; }
    public List<QuestionInput> Questions { get; set; } = [];
}

public sealed class QuestionInput
{
    public string? Key { get; set; }
    public string? Question { get; set; }
    public string? Answer { get; set; }

    /// <summary>Comma-separated, as <see cref="TermList.Parse"/> reads it.</summary>
    public string? SearchTerms { get; set; }
}
