using System.Text.RegularExpressions;

namespace MassarDalil.Content.Publishing;

/// <summary>
/// A word-level difference between two texts (longest common subsequence), so an editor sees
/// the one word that changed in a long answer rather than two whole answers.
/// </summary>
public static partial class WordDiff
{
    /// <summary>Beyond this many words on each side the texts are shown whole, as one removal and one addition.</summary>
    public const int MaxWords = 1000;

    public static IReadOnlyList<DiffPart> Compare(string before, string after)
    {
        var a = Tokens().Matches(before).Select(m => m.Value).ToArray();
        var b = Tokens().Matches(after).Select(m => m.Value).ToArray();
        if (a.Length > MaxWords || b.Length > MaxWords)
        {
            return Merge([new DiffPart(DiffOp.Removed, before), new DiffPart(DiffOp.Added, after)]);
        }
        // lengths[i, j] = length of the common subsequence of a[i..] and b[j..].
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }
        var parts = new List<DiffPart>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                parts.Add(new DiffPart(DiffOp.Same, a[x++]));
                y++;
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                parts.Add(new DiffPart(DiffOp.Removed, a[x++]));
            }
            else
            {
                parts.Add(new DiffPart(DiffOp.Added, b[y++]));
            }
        }
        parts.AddRange(a.Skip(x).Select(t => new DiffPart(DiffOp.Removed, t)));
        parts.AddRange(b.Skip(y).Select(t => new DiffPart(DiffOp.Added, t)));
        return Merge(parts);
    }

    private static List<DiffPart> Merge(List<DiffPart> parts)
    {
        var merged = new List<DiffPart>();
        foreach (var part in parts.Where(p => p.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1].Op == part.Op)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + part.Text };
            }
            else
            {
                merged.Add(part);
            }
        }
        return merged;
    }

    /// <summary>Words, runs of punctuation and runs of spaces, each on its own.</summary>
    [GeneratedRegex(@"\w+|[^\w\s]+|\s+")]
    private static partial Regex Tokens();
}

public enum DiffOp
{
    Same,
    Removed,
    Added,
}

public sealed record DiffPart(DiffOp Op, string Text);
