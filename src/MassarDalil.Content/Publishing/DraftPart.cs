using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Content.Publishing;

/// <summary>
/// An FAQ draft read for a save that touches a few questions: the page row, the key, topic and place of every
/// question (a few dozen bytes each) and the whole rows of only the questions the save names. The others are
/// stand-ins that carry their key and place, so the merge history, keys, topics and the validator see the page as
/// it is, while the save reads and writes only what it touches (issue 16.6).
/// </summary>
internal sealed class DraftPart
{
    /// <summary>The text of a question that was not read. Compared by reference: no editor can type this instance.</summary>
    private static readonly string StandIn = new('\u2026', 1);

    private readonly Dictionary<string, DraftQuestion> _read;
    private readonly Dictionary<string, (string Topic, int Position)> _places;

    private DraftPart(PageContent content, Dictionary<string, DraftQuestion> read, Dictionary<string, (string, int)> places) =>
        (Content, _read, _places) = (content, read, places);

    /// <summary>The draft with stand-ins for the questions not read, and the page row's history.</summary>
    public PageContent Content { get; }

    /// <summary>
    /// The draft of <paramref name="page"/> (read without its question rows) with the rows of <paramref name="keys"/>
    /// read and tracked; null when the page keeps its whole draft in its own row (not an FAQ, or not saved since the
    /// rows existed), which the caller then reads whole.
    /// </summary>
    public static async Task<DraftPart?> ReadAsync(ContentDbContext db, Page page, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (page.Type != PageType.Faq || page.StoredDraft.UnreadableJson is not null)
        {
            return null;
        }
        var places = await db.Set<DraftQuestion>().Where(q => q.PageId == page.Id)
            .Select(q => new { q.Key, q.TopicKey, q.Position }).ToListAsync(cancellationToken);
        if (places.Count == 0)
        {
            return null;
        }
        var read = (await db.Set<DraftQuestion>().Where(q => q.PageId == page.Id && keys.Contains(q.Key)).ToListAsync(cancellationToken))
            .ToDictionary(q => q.Key, StringComparer.Ordinal);
        // Assembled as every draft is, from rows: the ones read, and untracked stand-ins for the rest.
        var rows = places.Select(p => read.TryGetValue(p.Key, out var row) ? row
            : new DraftQuestion { Key = p.Key, TopicKey = p.TopicKey, Position = p.Position, Question = StandIn, Answer = StandIn }).ToList();
        var content = DraftRows.Assemble(page.StoredDraft, rows);
        return new DraftPart(content, read, places.ToDictionary(p => p.Key, p => (p.TopicKey, p.Position), StringComparer.Ordinal));
    }

    /// <summary>
    /// Stores <paramref name="saved"/> (made from <see cref="Content"/>) in <paramref name="page"/>'s row and the rows read,
    /// adding rows for new questions at the end of their topic. False, with nothing changed in the rows, when the change
    /// went beyond what was read (a stand-in moved, renamed or dropped, a topic's key changed, a question put anywhere
    /// but at the end of another topic): the caller then saves with the whole draft.
    /// </summary>
    public bool TryStore(Page page, PageContent saved)
    {
        var next = _places.GroupBy(p => p.Value.Topic, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(p => p.Value.Position) + 1, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var changes = new List<Action>();
        var added = new List<DraftQuestion>();
        foreach (var topic in saved.Topics)
        {
            var last = -1;
            for (var index = 0; index < topic.Questions.Count; index++)
            {
                var question = topic.Questions[index];
                if (!seen.Add(question.Key))
                {
                    return false;
                }
                var standIn = ReferenceEquals(question.Question, StandIn) || ReferenceEquals(question.Answer, StandIn);
                var atEnd = index == topic.Questions.Count - 1;
                if (standIn)
                {
                    if (!ReferenceEquals(question.Question, StandIn) || !ReferenceEquals(question.Answer, StandIn) || _read.ContainsKey(question.Key)
                        || !_places.TryGetValue(question.Key, out var place) || place.Topic != topic.Key || place.Position <= last)
                    {
                        return false;
                    }
                    last = place.Position;
                }
                else if (_read.TryGetValue(question.Key, out var row))
                {
                    if (row.TopicKey == topic.Key && row.Position > last)
                    {
                        last = row.Position;
                        changes.Add(() => row.Take(question));
                    }
                    else if (atEnd && row.TopicKey != topic.Key)
                    {
                        var position = next.GetValueOrDefault(topic.Key);
                        next[topic.Key] = position + 1;
                        changes.Add(() => (row.TopicKey, row.Position) = (topic.Key, position));
                        changes.Add(() => row.Take(question));
                    }
                    else
                    {
                        return false;
                    }
                }
                else if (atEnd && !_places.ContainsKey(question.Key))
                {
                    var position = next.GetValueOrDefault(topic.Key);
                    next[topic.Key] = position + 1;
                    added.Add(DraftQuestion.For(question, topic.Key, position));
                }
                else
                {
                    return false;
                }
            }
        }
        // Every question not read must still be there; a question read and now gone was removed by the change.
        if (_places.Keys.Any(k => !seen.Contains(k) && !_read.ContainsKey(k)))
        {
            return false;
        }
        changes.ForEach(change => change());
        page.DraftQuestions.RemoveAll(row => !seen.Contains(row.Key));
        page.DraftQuestions.AddRange(added);
        page.StoredDraft = DraftRows.PageRowPart(saved);
        return true;
    }
}
