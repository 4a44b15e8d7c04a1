using MassarDalil.Content.Published;
using MassarDalil.Web.Feedback;
using MassarDalil.Content.SiteTexts;

namespace MassarDalil.Web.PublicSite.Faq;

/// <summary>One question as the FAQ page shows it, with where its feedback box stands.</summary>
/// <param name="RightToLeft">Isolates the question's Latin runs (see <see cref="BidiText"/>).</param>
public sealed record QuestionView(PublishedQuestion Question, string Language, string FaqSlug, SiteTextSet Texts, bool RightToLeft = false)
{
    public FeedbackStep Feedback { get; init; }
}
