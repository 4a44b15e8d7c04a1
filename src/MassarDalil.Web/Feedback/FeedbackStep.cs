using MassarDalil.Content.SiteTexts;

namespace MassarDalil.Web.Feedback;

/// <summary>Where a question's feedback box stands for this request: asking, asking why (after a no), or thanking.</summary>
public enum FeedbackStep
{
    Ask,
    Why,
    Thanks,
}

/// <summary>One question's feedback box. <paramref name="From"/> is the page to come back to: <c>faq</c> or <c>question</c>.</summary>
public sealed record FeedbackView(SiteTextSet Texts, string Language, string QuestionKey, string From, FeedbackStep Step)
{
    public const string FromFaq = "faq";
    public const string FromQuestion = "question";

    /// <summary>The names of the query after a vote without JavaScript: <c>?thanks=key</c> or <c>?why=key</c>.</summary>
    public const string WhyQuery = "why", ThanksQuery = "thanks";

    /// <summary>The query's name for a step after a vote (the page's cache key reads the same names: FeedbackQuery).</summary>
    public static string QueryOf(FeedbackStep step) => step == FeedbackStep.Why ? WhyQuery : ThanksQuery;

    public static FeedbackStep StepFor(IQueryCollection query, string questionKey) =>
        query[WhyQuery] == questionKey ? FeedbackStep.Why
        : query[ThanksQuery] == questionKey ? FeedbackStep.Thanks
        : FeedbackStep.Ask;

    public string BoxId => $"feedback-{QuestionKey}";
}
