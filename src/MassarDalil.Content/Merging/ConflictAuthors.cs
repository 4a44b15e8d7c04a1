using MassarDalil.Content.Navigation;
using MassarDalil.Content.Pages;

namespace MassarDalil.Content.Merging;

/// <summary>Who changed the stored side of each conflict, and when: the newest save since the base that changed its subject.</summary>
public static class ConflictAuthors
{
    /// <param name="versions">From <see cref="DraftHistory.Rewind"/>, newest first; null when the base is not known.</param>
    /// <param name="lastBy">Who saved the current draft, for when the history cannot tell.</param>
    public static IReadOnlyList<MergeConflict> Attribute(
        IReadOnlyList<MergeConflict> conflicts, IReadOnlyList<(int Version, PageContent Content, string Slug, DraftStep? MadeBy)>? versions,
        string lastBy, DateTimeOffset lastAt) =>
        conflicts.Select(conflict =>
        {
            for (var i = 0; versions is not null && i < versions.Count - 1; i++)
            {
                if (Read(conflict, versions[i].Content, versions[i].Slug) != Read(conflict, versions[i + 1].Content, versions[i + 1].Slug))
                {
                    return conflict with { TheirAuthor = versions[i].MadeBy!.By, TheirTime = versions[i].MadeBy!.At };
                }
            }
            return conflict with { TheirAuthor = lastBy, TheirTime = lastAt };
        }).ToList();

    /// <summary>Everything about the conflict's subject in one version, to see which save changed it.</summary>
    private static string? Read(MergeConflict conflict, PageContent content, string slug)
    {
        if (conflict.IsQuestion)
        {
            var topic = content.Topics.FirstOrDefault(t => t.Questions.Any(q => q.Key == conflict.Subject));
            if (topic is null)
            {
                return null;
            }
            var index = topic.Questions.ToList().FindIndex(q => q.Key == conflict.Subject);
            var question = topic.Questions[index];
            return string.Join("\u001f", topic.Key, index > 0 ? topic.Questions[index - 1].Key : "", question.Question, question.Answer);
        }
        if (conflict.IsTopic)
        {
            var index = content.Topics.ToList().FindIndex(t => t.Key == conflict.Subject);
            return index < 0 ? null : string.Join("\u001f",
                [index > 0 ? content.Topics[index - 1].Key : "", content.Topics[index].Title, .. content.Topics[index].Questions.Select(q => q.Key + "\u001e" + q.Question + "\u001e" + q.Answer)]);
        }
        if (conflict.Kind == ConflictKind.NavigationList)
        {
            return NavigationFile.Parse("", content.Body, []) is { } menu ? NavigationFile.Section(menu, conflict.Subject) : content.Body;
        }
        return conflict.Subject switch
        {
            "Title" => content.Title,
            "Description" => content.Description,
            "Body" => content.Body,
            "Slug" => slug,
            _ => null,
        };
    }
}
