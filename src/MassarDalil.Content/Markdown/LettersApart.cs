namespace MassarDalil.Content.Markdown;

/// <summary>How many letters must change for one name to read as another: the measure of a near miss (men.qov.ma).</summary>
internal static class LettersApart
{
    /// <summary>
    /// Letters changed, added or dropped, and neighbours swapped (optimal string alignment): <c>masasr</c> is one from
    /// <c>massar</c>, as a reader's eye takes a swap for one slip, not two.
    /// </summary>
    public static int Between(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var change = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + change);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>
    /// The fewest letters changed, added or dropped for <paramref name="name"/> to stand somewhere inside
    /// <paramref name="text"/> (Sellers' search): <c>moutamdrislogin</c> holds <c>moutamadris</c> one letter off.
    /// </summary>
    public static int Within(string text, string name)
    {
        // One column per letter of the name; a match may start at any letter of the text at no cost.
        var column = Enumerable.Range(0, name.Length + 1).ToArray();
        var best = column[name.Length];
        foreach (var c in text)
        {
            var diagonal = 0;
            for (var i = 1; i <= name.Length; i++)
            {
                var above = column[i];
                column[i] = Math.Min(Math.Min(column[i] + 1, column[i - 1] + 1), diagonal + (name[i - 1] == c ? 0 : 1));
                diagonal = above;
            }
            best = Math.Min(best, column[name.Length]);
        }
        return best;
    }
}
