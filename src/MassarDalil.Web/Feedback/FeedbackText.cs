using MassarDalil.Content.Feedback;

namespace MassarDalil.Web.Feedback;

/// <summary>"Was this helpful?" in each language.</summary>
public sealed record FeedbackText
{
    public required string Question { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string WhyQuestion { get; init; }
    public required string Unclear { get; init; }
    public required string Outdated { get; init; }
    public required string NotAnswered { get; init; }
    public required string Send { get; init; }
    public required string Thanks { get; init; }
    public required string Failed { get; init; }
    public required string TooMany { get; init; }
    public required string Refused { get; init; }

    public string Reason(FeedbackReason reason) => reason switch
    {
        FeedbackReason.Unclear => Unclear,
        FeedbackReason.Outdated => Outdated,
        _ => NotAnswered,
    };

    public static FeedbackText For(string language) => language == "en" ? English : Arabic;

    public static readonly FeedbackText Arabic = new()
    {
        Question = "هل كانت هذه الإجابة مفيدة؟",
        Yes = "نعم",
        No = "لا",
        WhyQuestion = "شكرًا لك. ما الذي لم يكن مفيدًا؟ (اختياري)",
        Unclear = "الإجابة غير واضحة",
        Outdated = "المعلومات قديمة",
        NotAnswered = "لم تُجب عن سؤالي",
        Send = "إرسال",
        Thanks = "شكرًا لك على رأيك.",
        Failed = "تعذّر تسجيل رأيك. حاول مرة أخرى لاحقًا.",
        TooMany = "أرسلت آراء كثيرة في وقت قصير. حاول مرة أخرى بعد دقيقة.",
        Refused = "لم نستطع قبول هذا الطلب. افتح الصفحة من جديد ثم حاول مرة أخرى.",
    };

    public static readonly FeedbackText English = new()
    {
        Question = "Was this answer helpful?",
        Yes = "Yes",
        No = "No",
        WhyQuestion = "Thank you. What was wrong? (optional)",
        Unclear = "The answer is unclear",
        Outdated = "The information is out of date",
        NotAnswered = "It did not answer my question",
        Send = "Send",
        Thanks = "Thank you for your feedback.",
        Failed = "Your feedback could not be recorded. Please try again later.",
        TooMany = "You sent a lot of answers in a short time. Please try again in a minute.",
        Refused = "We could not accept this request. Reload the page and try again.",
    };
}
