using MassarDalil.Content.Navigation;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Sites;
using MassarDalil.Content.Text;

namespace MassarDalil.Content.Publishing;

/// <summary>
/// What a save stores of a French site's words: French spacing set (<see cref="FrenchSpacing"/>) in everything
/// visitors read, since editors type a plain space before a colon, or none, and keyboards lack the narrow no-break one.
/// Other languages and search terms are stored as typed. The navigation file is YAML, not prose: only its labels and
/// group titles are set, and the file written again only when one changed.
/// </summary>
internal static class DraftTypography
{
    /// <returns>The same instances wherever nothing changed, so an unchanged question is not checked again.</returns>
    public static PageContent Apply(string culture, string pageType, PageContent content)
    {
        if (!IsFrench(culture) || content.UnreadableJson is not null)
        {
            return content;
        }
        if (pageType == PageType.Navigation)
        {
            return Menu(content);
        }
        var texts = Apply(content.Texts);
        var topics = content.Topics.Select(Apply).ToList();
        var (title, description, body) = (FrenchSpacing.Correct(content.Title), FrenchSpacing.Correct(content.Description), FrenchSpacing.Correct(content.Body));
        return ReferenceEquals(title, content.Title) && ReferenceEquals(description, content.Description) && ReferenceEquals(body, content.Body) &&
            ReferenceEquals(texts, content.Texts) && topics.SequenceEqual(content.Topics, ReferenceEqualityComparer.Instance)
            ? content
            : content with { Title = title, Description = description, Body = body, Texts = texts, Topics = topics };
    }

    private static IReadOnlyDictionary<string, string> Apply(IReadOnlyDictionary<string, string> texts)
    {
        Dictionary<string, string>? spaced = null;
        foreach (var (key, text) in texts)
        {
            if (FrenchSpacing.Correct(text) is var corrected && !ReferenceEquals(corrected, text))
            {
                (spaced ??= new Dictionary<string, string>(texts, StringComparer.Ordinal))[key] = corrected;
            }
        }
        return spaced ?? texts;
    }

    private static FaqTopic Apply(FaqTopic topic)
    {
        var title = FrenchSpacing.Correct(topic.Title);
        var questions = topic.Questions.Select(Apply).ToList();
        return ReferenceEquals(title, topic.Title) && questions.SequenceEqual(topic.Questions, ReferenceEqualityComparer.Instance)
            ? topic
            : topic with { Title = title, Questions = questions };
    }

    // A file that does not read is left for the validator to name.
    private static PageContent Menu(PageContent content)
    {
        if (NavigationFile.Parse("", content.Body, []) is not { } menu)
        {
            return content;
        }
        var changed = false;
        string? Spaced(string? text)
        {
            var spaced = text is null ? null : FrenchSpacing.Correct(text);
            changed |= !ReferenceEquals(spaced, text);
            return spaced;
        }
        var set = new NavigationMenu([.. menu.Header.Select(i => i with { Label = Spaced(i.Label) })], [.. menu.Footer.Select(i => i with { Label = Spaced(i.Label) })],
            [.. menu.Groups.Select(g => g with { Title = Spaced(g.Title)! })]);
        return changed ? content with { Body = NavigationFile.Write(set) } : content;
    }

    /// <summary>One question, as saved on its own page.</summary>
    public static FaqQuestion Apply(string culture, FaqQuestion question) => IsFrench(culture) ? Apply(question) : question;

    private static bool IsFrench(string culture) => CultureNames.LanguageOf(culture) == "fr";

    private static FaqQuestion Apply(FaqQuestion question)
    {
        var (text, answer) = (FrenchSpacing.Correct(question.Question), FrenchSpacing.Correct(question.Answer));
        return ReferenceEquals(text, question.Question) && ReferenceEquals(answer, question.Answer)
            ? question
            : question with { Question = text, Answer = answer };
    }
}
