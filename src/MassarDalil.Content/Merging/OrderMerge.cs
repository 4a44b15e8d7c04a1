namespace MassarDalil.Content.Merging;

/// <summary>
/// Three-way merge of an order (topics of a page, questions of a topic), by key. Items neither side moved keep the
/// base order; an item one side moved or added goes after the item it follows on that side; an item both moved to
/// different places is a conflict.
/// </summary>
internal static class OrderMerge
{
    /// <param name="final">The items the merged list holds (others are dropped).</param>
    /// <param name="bothMoved">Asked when both sides moved an item after different items: returns the side to follow (true: theirs).</param>
    public static List<string> Merge(
        IReadOnlyList<string> @base, IReadOnlyList<string> theirs, IReadOnlyList<string> mine, IReadOnlySet<string> final,
        Func<string, string, string, bool> bothMoved)
    {
        var inBase = @base.ToHashSet(StringComparer.Ordinal);
        var movedTheirs = Moved(@base, theirs);
        var movedMine = Moved(@base, mine);
        var result = @base.Where(k => final.Contains(k) && !movedTheirs.Contains(k) && !movedMine.Contains(k)).ToList();
        var stable = result.ToHashSet(StringComparer.Ordinal);
        var theirsSet = theirs.ToHashSet(StringComparer.Ordinal);
        var mineSet = mine.ToHashSet(StringComparer.Ordinal);

        // Who places each remaining item: the side that moved or added it; both, unless they agree, is a conflict.
        var placedByTheirs = new HashSet<string>(StringComparer.Ordinal);
        var placedByMine = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in final.Where(k => !stable.Contains(k)))
        {
            var byTheirs = theirsSet.Contains(key) && (movedTheirs.Contains(key) || !inBase.Contains(key));
            var byMine = mineSet.Contains(key) && (movedMine.Contains(key) || !inBase.Contains(key));
            if (byTheirs && byMine)
            {
                var (before, beforeMine) = (Before(theirs, key), Before(mine, key));
                (byTheirs, byMine) = before == beforeMine || bothMoved(key, before, beforeMine) ? (true, false) : (false, true);
            }
            (byTheirs || !byMine && theirsSet.Contains(key) ? placedByTheirs : placedByMine).Add(key);
        }
        // An item the other side moved (and this side did not) is no landmark: this side still has it where it was.
        Place(result, theirs, placedByTheirs, movedMine.Except(movedTheirs).ToHashSet(StringComparer.Ordinal));
        Place(result, mine, placedByMine, movedTheirs.Except(movedMine).ToHashSet(StringComparer.Ordinal));
        // Anything left (no side lists it here: cannot happen for valid input) is kept rather than dropped.
        result.AddRange(final.Where(k => !result.Contains(k)).Order(StringComparer.Ordinal));
        return result;
    }

    /// <summary>Inserts each of <paramref name="placed"/> after the nearest item before it on its side that is already placed and a landmark.</summary>
    private static void Place(List<string> result, IReadOnlyList<string> side, HashSet<string> placed, HashSet<string> notLandmarks)
    {
        string? anchor = null;
        foreach (var key in side)
        {
            if (placed.Contains(key))
            {
                result.Insert(anchor is null ? 0 : result.IndexOf(anchor) + 1, key);
            }
            if (!notLandmarks.Contains(key) && result.Contains(key))
            {
                anchor = key;
            }
        }
    }

    private static string Before(IReadOnlyList<string> side, string key)
    {
        var index = side.ToList().IndexOf(key);
        return index > 0 ? side[index - 1] : "";
    }

    /// <summary>Items of both lists that one has moved: those outside a longest run in the same relative order.</summary>
    internal static HashSet<string> Moved(IReadOnlyList<string> @base, IReadOnlyList<string> side)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < @base.Count; i++)
        {
            position.TryAdd(@base[i], i);
        }
        var common = side.Where(position.ContainsKey).ToList();
        var kept = LongestIncreasing(common.Select(k => position[k]).ToList()).Select(i => common[i]).ToHashSet(StringComparer.Ordinal);
        return common.Where(k => !kept.Contains(k)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Indexes of a longest strictly increasing subsequence (patience sorting, n log n).</summary>
    private static List<int> LongestIncreasing(List<int> values)
    {
        var tails = new List<int>();
        var previous = new int[values.Count];
        foreach (var (value, i) in values.Select((v, i) => (v, i)))
        {
            var (low, high) = (0, tails.Count);
            while (low < high)
            {
                var mid = (low + high) / 2;
                (low, high) = values[tails[mid]] < value ? (mid + 1, high) : (low, mid);
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            if (low == tails.Count)
            {
                tails.Add(i);
            }
            else
            {
                tails[low] = i;
            }
        }
        var run = new List<int>();
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
        {
            run.Add(i);
        }
        run.Reverse();
        return run;
    }
}
