namespace MassarDalil.Web.Feedback;

/// <summary>The page's templates for feedback.js name the question with this; the script puts the real key in its place.</summary>
public static class FeedbackTemplates
{
    public const string Placeholder = "__key__";
}
