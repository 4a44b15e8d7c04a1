using System.Text;

namespace MassarDalil.Content.Markdown;

/// <summary>
/// Whether a host name reads as one of the Ministry's (Massar, Moutamadris, Waliye, Taalim, men.gov.ma) to a visitor
/// who takes it in at a glance, as phishing counts on. Each trick is folded away before comparing: letters of other
/// scripts (<see cref="HostSkeleton"/>), pairs that pass for one letter (<c>rn</c> for m), digits that pass for letters
/// (<c>ma55ar</c>), hyphens and dots between the letters (<c>m-a-s-s-a-r</c>), and a slip of a letter or two
/// (<c>men.qov.ma</c>, <c>menngov.ma</c>, <c>mengouv.ma</c>).
/// </summary>
internal static class OfficialNames
{
    /// <summary>Names that make a host look official wherever they stand in it (massar-login.com).</summary>
    private static readonly string[] Words =
        [.. new[] { "massar", "masar", "moutamadris", "motamadris", "waliye", "taalim", "mengov" }.Select(FoldLetters)];

    // Names a slip away from which a host still reads as them, with how many letters may be off. The long names by two,
    // anywhere in the host: nothing ordinary comes that close to moutamadris. The six-letter ones by one, and only as a
    // whole label, a hyphenated part or the name before the country: inside longer words one letter off matches too
    // much (massa-ge, fla-mengo). Shorter names must be exact (masar anywhere, as a word above; men as a part), since
    // one letter off them is too many ordinary names (manar, masr, mem).
    private static readonly (string Name, int Slips)[] LongNames = [(FoldLetters("moutamadris"), 2), (FoldLetters("massarservice"), 2)];

    private static readonly (string Name, int Slips)[] ShortNames =
        [.. new[] { "massar", "waliye", "taalim", "mengov" }.Select(name => (FoldLetters(name), 1)), (FoldLetters("men"), 0)];

    public static bool Imitated(string host) => Readings(host).Any(reading => Imitates(reading, OnGovMa(host)));

    /// <summary>Whether the text holds one of the Ministry's names, read as a host is (a user name before an <c>@</c>, say).</summary>
    public static bool Named(string text) => Readings(text).Any(reading => Words.Any(Joined(reading).Contains));

    private static bool Imitates(string reading, bool onGovMa)
    {
        var joined = Joined(reading);
        if (Words.Any(joined.Contains) || LongNames.Any(n => LettersApart.Within(joined, n.Name) <= n.Slips))
        {
            return true;
        }
        // Only the State names hosts under gov.ma (mem.gov.ma is the energy ministry's): a slip there is no forgery.
        return !onGovMa && Parts(reading).Any(part => ShortNames.Any(n =>
            Math.Abs(part.Length - n.Name.Length) <= n.Slips && LettersApart.Between(part, n.Name) <= n.Slips));
    }

    /// <summary>
    /// The host as a reader may take it (<see cref="HostSkeleton"/>, then <see cref="FoldLetters"/>), with and without
    /// reading pairs as the one letter they pass for (Unicode's confusables: rn, vv, cl): rnassar reads massar, but
    /// masarna holds masar only with its r and n apart.
    /// </summary>
    private static IEnumerable<string> Readings(string host)
    {
        var skeleton = HostSkeleton.Of(host).ToLowerInvariant();
        yield return FoldLetters(skeleton);
        yield return FoldLetters(skeleton.Replace("rn", "m", StringComparison.Ordinal)
            .Replace("vv", "w", StringComparison.Ordinal).Replace("cl", "d", StringComparison.Ordinal));
    }

    /// <summary>Digits read as the letters they resemble, and i, l, 1 and | as one, as many fonts draw them.</summary>
    private static string FoldLetters(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(c switch
            {
                '0' => 'o', '1' or 'i' or '|' => 'l', '2' => 'z', '3' => 'e', '4' => 'a', '5' => 's', '6' or '8' => 'b', '7' => 't',
                '9' => 'g', '_' => '-',
                _ => c,
            });
        }
        return folded.ToString();
    }

    /// <summary>Without the hyphens and dots a reader skips: m-a-s-s-a-r.ma holds massar, men.qov.ma reads menqovma.</summary>
    private static string Joined(string folded) => folded.Replace("-", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);

    /// <summary>Each label, each of its hyphenated parts, and the host before its country or top-level domain, joined.</summary>
    private static IEnumerable<string> Parts(string folded)
    {
        var labels = folded.Split('.', StringSplitOptions.RemoveEmptyEntries);
        foreach (var label in labels)
        {
            yield return Joined(label);
            foreach (var part in label.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return part;
            }
        }
        if (labels.Length > 1)
        {
            yield return Joined(string.Concat(labels[..^1]));
        }
    }

    /// <summary>Written in plain ASCII: a label of other letters (or its <c>xn--</c> form) is judged like any other.</summary>
    private static bool OnGovMa(string host) =>
        host.All(char.IsAscii) && !host.Contains("xn--", StringComparison.OrdinalIgnoreCase) &&
        host.TrimEnd('.').EndsWith(".gov.ma", StringComparison.OrdinalIgnoreCase);
}
