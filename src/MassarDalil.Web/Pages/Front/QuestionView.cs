using MassarDalil.Content.Published;
using MassarDalil.Web.Feedback;
using MassarDalil.Web.PublicSite;

namespace MassarDalil.Web.Pages.Front;

/// <summary>One question as the FAQ page shows it, with where its feedback box stands.</summary>
public sealed record QuestionView(PublishedQuestion Question, string Language, string FaqSlug, UiText Ui)
{
    public FeedbackStep Feedback { get; init; }
}
