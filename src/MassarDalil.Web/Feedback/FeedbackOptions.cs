namespace MassarDalil.Web.Feedback;

/// <summary>Limits on "Was this helpful?" votes. Section <c>Feedback</c>.</summary>
public sealed class FeedbackOptions
{
    public const string Section = "Feedback";

    /// <summary>Votes one IP address may send per minute; counted in memory only, never stored.</summary>
    public int VotesPerMinute { get; set; } = 20;
}
