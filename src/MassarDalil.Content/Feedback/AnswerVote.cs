namespace MassarDalil.Content.Feedback;

/// <summary>
/// One browser's answer to "Was this helpful?" for one question. Anonymous: <see cref="Ballot"/> is a
/// one-way hash of a random cookie and the question, so it can recognise the same browser voting on
/// the same question again, but cannot link votes on different questions or lead back to anyone.
/// </summary>
public class AnswerVote
{
    public long Id { get; set; }
    public required string Language { get; set; }
    public required string QuestionKey { get; set; }
    public bool Helpful { get; set; }
    public FeedbackReason? Reason { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Ballot { get; set; }
}

/// <summary>Why an answer did not help; asked only after a "no".</summary>
public enum FeedbackReason
{
    Unclear,
    Outdated,
    NotAnswered,
}
