namespace MassarDalil.Content.Insights;

/// <summary>The dashboard charts' words in the manager's two languages.</summary>
internal sealed record ChartWords(
    string QuestionsTitle, string QuestionsDescription, string UnansweredTitle, Func<int, string> UnansweredDescription,
    string VotesTitle, string VotesDescription, string Yes, string No, Func<string, string> LanguageName)
{
    public static ChartWords For(string language) => language == "ar" ? Arabic : English;

    private static readonly ChartWords Arabic = new(
        "عدد الأسئلة المنشورة حسب الموضوع واللغة",
        "لكل موضوع من مواضيع الأسئلة الشائعة عدد أسئلته المنشورة بالعربية وبالإنجليزية.",
        "عمليات البحث التي لم تجد أي نتيجة في آخر 30 يومًا",
        total => $"عدد عمليات البحث بلا نتائج في كل يوم من الأيام الثلاثين الأخيرة، ومجموعها {total}.",
        "تقييمات «هل كانت الإجابة مفيدة؟» حسب الموضوع",
        "لكل موضوع عدد الإجابات بـ«نعم» وعدد الإجابات بـ«لا»، في اللغتين معًا.",
        "نعم", "لا",
        key => key switch { "ar" => "العربية", "en" => "الإنجليزية", _ => key });

    private static readonly ChartWords English = new(
        "Published questions per topic and language",
        "For each FAQ topic, how many questions are published in Arabic and in English.",
        "Searches that found nothing, last 30 days",
        total => $"How many searches found nothing on each of the last 30 days; {total} in all.",
        "\"Was this helpful?\" votes per topic",
        "For each topic, how many visitors answered yes and how many answered no, both languages together.",
        "Yes", "No",
        key => key switch { "ar" => "Arabic", "en" => "English", _ => key });
}
