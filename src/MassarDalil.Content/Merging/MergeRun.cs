using MassarDalil.Content.Navigation;
using MassarDalil.Content.Pages;

namespace MassarDalil.Content.Merging;

/// <summary>One merge: the three versions, the choices made, and the conflicts found on the way.</summary>
internal sealed class MergeRun(PageContent? @base, PageContent theirs, PageContent mine, IReadOnlyDictionary<string, string> choices)
{
    private readonly List<MergeConflict> _conflicts = [];
    private readonly bool _baseKnown = @base is not null;
    private readonly PageContent _base = @base ?? new PageContent { Title = "" };

    public MergeResult Run((string? Base, string Theirs, string Mine)? slug, bool navigation)
    {
        var title = Field("f:Title", ConflictKind.Field, "Title", _baseKnown ? _base.Title : null, theirs.Title, mine.Title);
        var description = Field("f:Description", ConflictKind.Field, "Description", _baseKnown ? _base.Description : null, theirs.Description, mine.Description);
        var body = (navigation ? MergeNavigation() : null)
            ?? Field("f:Body", ConflictKind.Field, "Body", _baseKnown ? _base.Body : null, theirs.Body, mine.Body);
        var mergedSlug = slug is { } s ? Field("f:Slug", ConflictKind.Field, "Slug", _baseKnown ? s.Base : null, s.Theirs, s.Mine) : null;

        var (t, m) = RemovedTopics(theirs, mine);
        var topics = MergeTopics(t, m);
        var merged = new PageContent { Title = title, Description = description, Body = body, Topics = topics, Texts = MergeTexts() };
        return new MergeResult(merged, mergedSlug, _conflicts);
    }

    /// <summary>
    /// A site text by key, like a field; a key one side removed (back to the default site's text) and the other changed
    /// is asked too, its removing side null.
    /// </summary>
    private Dictionary<string, string> MergeTexts()
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in theirs.Texts.Keys.Concat(mine.Texts.Keys).Distinct(StringComparer.Ordinal))
        {
            var (b, t, m) = (_baseKnown ? _base.Texts.GetValueOrDefault(key) : null, theirs.Texts.GetValueOrDefault(key), mine.Texts.GetValueOrDefault(key));
            var value = t == m || (_baseKnown && m == b) ? t
                : _baseKnown && t == b ? m
                : TakeTheirs($"x:{key}", ConflictKind.SiteText, key, t, m) ? t : m;
            if (value is not null)
            {
                merged[key] = value;
            }
        }
        return merged;
    }

    /// <summary>
    /// A navigation body list by list, each like a field: one editor's header and another's footer both stay, and only
    /// a list both changed is asked. Null (merged as one field) when a side is not a navigation the file format reads.
    /// </summary>
    private string? MergeNavigation()
    {
        if (theirs.Body == mine.Body)
        {
            return theirs.Body;
        }
        var (b, t, m) = (_baseKnown ? Navigation(_base.Body) : null, Navigation(theirs.Body), Navigation(mine.Body));
        if (t is null || m is null || (_baseKnown && b is null))
        {
            return null;
        }
        var merged = t;
        foreach (var list in NavigationFile.Lists)
        {
            var (theirList, myList) = (NavigationFile.Section(t, list), NavigationFile.Section(m, list));
            if (Field($"n:{list}", ConflictKind.NavigationList, list, b is null ? null : NavigationFile.Section(b, list), theirList, myList) != theirList)
            {
                merged = merged.WithList(list, m);
            }
        }
        return NavigationFile.Write(merged);
    }

    private static NavigationMenu? Navigation(string body) => NavigationFile.Parse("", body, []);

    /// <summary>Records a conflict and returns the side chosen: true for theirs; the editor's side until they choose.</summary>
    private bool TakeTheirs(string choice, ConflictKind kind, string subject, string? theirValue, string? myValue)
    {
        var chosen = choices.TryGetValue(choice, out var value) && value is ThreeWayMerge.Theirs or ThreeWayMerge.Mine ? value : null;
        _conflicts.Add(new MergeConflict(choice, kind, subject, theirValue, myValue, chosen));
        return chosen == ThreeWayMerge.Theirs;
    }

    /// <summary>A value changed on one side is taken; changed differently on both (or with no base), asked.</summary>
    private string Field(string choice, ConflictKind kind, string subject, string? baseValue, string theirValue, string myValue)
    {
        if (theirValue == myValue || (baseValue is not null && myValue == baseValue))
        {
            return theirValue;
        }
        if (baseValue is not null && theirValue == baseValue)
        {
            return myValue;
        }
        return TakeTheirs(choice, kind, subject, theirValue, myValue) ? theirValue : myValue;
    }

    /// <summary>
    /// A topic one side removed and the other changed (renamed, or gave it questions it did not have) is asked once,
    /// as a whole; the answer is applied to both sides before anything else is merged. A topic removed on one side
    /// and untouched on the other goes.
    /// </summary>
    private (PageContent Theirs, PageContent Mine) RemovedTopics(PageContent t, PageContent m)
    {
        var keys = t.Topics.Select(x => x.Key).Concat(m.Topics.Select(x => x.Key)).Concat(_base.Topics.Select(x => x.Key)).Distinct().ToList();
        foreach (var key in keys)
        {
            var (inTheirs, inMine) = (Topic(t, key), Topic(m, key));
            if ((inTheirs is null) == (inMine is null))
            {
                continue;
            }
            var inBase = Topic(_base, key);
            if (_baseKnown && inBase is null)
            {
                continue; // added on one side
            }
            var kept = (inTheirs ?? inMine)!;
            if (_baseKnown && !Changed(inBase!, kept))
            {
                continue; // removed on one side, untouched on the other
            }
            var keepIt = TakeTheirs($"t:{key}", ConflictKind.TopicRemoved, key, inTheirs is null ? null : Describe(inTheirs), inMine is null ? null : Describe(inMine))
                ? inTheirs is not null : inMine is not null;
            if (keepIt)
            {
                // The remover's side gets the topic back as it was, so the keeper's changes merge in.
                var restored = inBase ?? kept with { Questions = [] };
                (t, m) = inTheirs is null ? (Restore(t, restored), m) : (t, Restore(m, restored));
            }
            else
            {
                (t, m) = inTheirs is null ? (t, Drop(m, key)) : (Drop(t, key), m);
            }
        }
        return (t, m);
    }

    /// <summary>Whether the keeping side renamed the topic or put into it a question that was not there as it is.</summary>
    private static bool Changed(FaqTopic baseTopic, FaqTopic kept) =>
        baseTopic.Title != kept.Title || kept.Questions.Any(q => !baseTopic.Questions.Contains(q));

    private static string Describe(FaqTopic topic) =>
        string.Join("\n", [topic.Title, .. topic.Questions.Select(q => "• " + q.Question)]);

    private PageContent Restore(PageContent side, FaqTopic restored)
    {
        var elsewhere = side.AllQuestions.Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
        var topic = restored with { Questions = restored.Questions.Where(q => !elsewhere.Contains(q.Key)).ToList() };
        var index = Math.Min(_base.Topics.ToList().FindIndex(x => x.Key == topic.Key) is var i and >= 0 ? i : side.Topics.Count, side.Topics.Count);
        return side with { Topics = [.. side.Topics.Take(index), topic, .. side.Topics.Skip(index)] };
    }

    private static PageContent Drop(PageContent side, string key) => side with { Topics = side.Topics.Where(x => x.Key != key).ToList() };

    private static FaqTopic? Topic(PageContent content, string key) => content.Topics.FirstOrDefault(x => x.Key == key);

    private List<FaqTopic> MergeTopics(PageContent t, PageContent m)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in t.Topics.Select(x => x.Key).Concat(m.Topics.Select(x => x.Key)).Distinct())
        {
            var (inTheirs, inMine, inBase) = (Topic(t, key), Topic(m, key), Topic(_base, key));
            if (inTheirs is not null && inMine is not null)
            {
                titles[key] = Field($"t:{key}/title", ConflictKind.TopicTitle, key, _baseKnown ? inBase?.Title : null, inTheirs.Title, inMine.Title);
            }
            else if (inBase is null || !_baseKnown)
            {
                titles[key] = (inTheirs ?? inMine)!.Title; // added on one side (or kept after a choice)
            }
        }
        var placed = MergeQuestions(t, m, titles.Keys.ToHashSet(StringComparer.Ordinal));
        var order = OrderMerge.Merge(
            _base.Topics.Select(x => x.Key).ToList(), t.Topics.Select(x => x.Key).ToList(), m.Topics.Select(x => x.Key).ToList(),
            titles.Keys.ToHashSet(StringComparer.Ordinal),
            (key, theirBefore, myBefore) => TakeTheirs($"t:{key}/position", ConflictKind.TopicPosition, key, theirBefore, myBefore));
        return order.Select(key =>
        {
            var here = placed.Where(p => p.Value.Topic == key).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            var keys = OrderMerge.Merge(Keys(_base, key), Keys(t, key), Keys(m, key), here,
                (q, theirBefore, myBefore) => TakeTheirs($"q:{q}/position", ConflictKind.QuestionPosition, q, theirBefore, myBefore));
            return new FaqTopic(key, titles[key], keys.Select(q => placed[q].Question).ToList());
        }).ToList();
    }

    private static List<string> Keys(PageContent content, string topic) =>
        Topic(content, topic)?.Questions.Select(q => q.Key).ToList() ?? [];

    /// <summary>Each question's merged text and topic, by key; questions that go are absent.</summary>
    private Dictionary<string, (FaqQuestion Question, string Topic)> MergeQuestions(PageContent t, PageContent m, HashSet<string> topics)
    {
        var (bases, theirs, mine) = (Locate(_base), Locate(t), Locate(m));
        var merged = new Dictionary<string, (FaqQuestion, string)>(StringComparer.Ordinal);
        foreach (var key in theirs.Keys.Concat(mine.Keys).Distinct())
        {
            var hasBase = bases.TryGetValue(key, out var b) && _baseKnown;
            var (hasTheirs, hasMine) = (theirs.TryGetValue(key, out var th), mine.TryGetValue(key, out var my));
            if (hasTheirs && hasMine)
            {
                var question = Field($"q:{key}/question", ConflictKind.QuestionText, key, hasBase ? b.Question.Question : null, th.Question.Question, my.Question.Question);
                var answer = Field($"q:{key}/answer", ConflictKind.QuestionAnswer, key, hasBase ? b.Question.Answer : null, th.Question.Answer, my.Question.Answer);
                var topic = Field($"q:{key}/topic", ConflictKind.QuestionTopic, key, hasBase ? b.Topic : null, th.Topic, my.Topic);
                merged[key] = (new FaqQuestion(key, question, answer), topic);
                continue;
            }
            var kept = hasTheirs ? th : my;
            if (hasBase && kept.Question == b.Question && kept.Topic == b.Topic)
            {
                continue; // removed on one side, untouched on the other
            }
            if (hasBase || !_baseKnown)
            {
                // Removed on one side, changed (or, with no base, simply present) on the other.
                var text = kept.Question.Question + "\n\n" + kept.Question.Answer;
                var keepIt = TakeTheirs($"q:{key}", ConflictKind.QuestionRemoved, key, hasTheirs ? text : null, hasMine ? text : null) ? hasTheirs : hasMine;
                if (!keepIt)
                {
                    continue;
                }
            }
            merged[key] = kept;
        }
        // A question whose topic was chosen away (only possible with no base) stays, in the first topic, rather than vanish.
        foreach (var (key, (question, topic)) in merged.Where(p => !topics.Contains(p.Value.Item2) && topics.Count > 0).ToList())
        {
            merged[key] = (question, topics.First());
        }
        return merged;
    }

    private static Dictionary<string, (FaqQuestion Question, string Topic)> Locate(PageContent content) =>
        content.Topics.SelectMany(t => t.Questions.Select(q => (Question: q, Topic: t.Key)))
            .GroupBy(x => x.Question.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
}
