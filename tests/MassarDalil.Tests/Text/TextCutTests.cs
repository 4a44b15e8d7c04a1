using System.Globalization;
using MassarDalil.Content.Text;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Text;

/// <summary>One rule per test: a cut keeps within the length and never goes through a character.</summary>
public class TextCutTests
{
    private const string Emoji = "😀"; // two UTF-16 units
    private const string WomanTechnologist = "👩‍💻"; // woman, zero-width joiner, laptop: five units, one character
    private const string Morocco = "🇲🇦"; // two regional indicators: four units, one flag

    [Theory]
    [InlineData("", 0)]
    [InlineData("", 5)]
    [InlineData("abc", 5)]
    [InlineData("abcde", 5)] // exactly at the limit
    [InlineData("ab😀", 4)] // an emoji ending exactly at the limit
    public void TextThatFitsIsReturnedUntouched(string text, int maxLength)
    {
        Assert.Same(text, TextCut.ToLength(text, maxLength));
        Assert.Same(text, TextCut.ToLength(text, maxLength, ""));
    }

    [Fact]
    public void TextThatFitsGetsNoEllipsis() => Assert.Equal("abcde", TextCut.ToLength("abcde", 5, "…"));

    [Fact]
    public void PlainTextIsCutAtTheLimit() => Assert.Equal("abcd", TextCut.ToLength("abcdef", 4));

    [Theory]
    [InlineData("abc" + Emoji + "d", 4, "abc")] // the emoji's first half would be the fourth unit
    [InlineData("abc" + WomanTechnologist, 6, "abc")] // the sequence is kept whole or not at all
    [InlineData("abc" + WomanTechnologist, 7, "abc")]
    [InlineData("abc" + Morocco + "x", 5, "abc")] // not half a flag (another flag, or none)
    [InlineData(Morocco + Morocco + "x", 6, Morocco)]
    [InlineData("ab" + Emoji + Emoji + "c", 5, "ab" + Emoji)]
    public void ACharacterAcrossTheLimitIsLeftOutWhole(string text, int maxLength, string expected)
    {
        var cut = TextCut.ToLength(text, maxLength);

        Assert.Equal(expected, cut);
        WellFormedText.Assert(cut);
    }

    [Fact]
    public void ALetterKeepsItsCombiningMark() =>
        Assert.Equal("caf", TextCut.ToLength("cafe\u0301s", 4)); // e and its acute accent, decomposed

    [Fact]
    public void AnArabicLetterKeepsItsHarakat()
    {
        const string word = "مَدْرَسَة"; // each letter but the last carries a haraka: nine units, five letters

        Assert.Equal("مَدْ", TextCut.ToLength(word, 5));
        Assert.Equal("مَدْ", TextCut.ToLength(word, 4));
        Assert.Equal("مَ", TextCut.ToLength(word, 3));
    }

    [Fact]
    public void TheEllipsisCountsWithinTheLength()
    {
        var cut = TextCut.ToLength(new string('a', 300), 256, "…");

        Assert.Equal(256, cut.Length);
        Assert.Equal(new string('a', 255) + "…", cut);
    }

    [Fact]
    public void AnEmojiWhereTheEllipsisGoesIsLeftOutWhole()
    {
        var cut = TextCut.ToLength("abcd" + Emoji + "efg", 6, "…");

        Assert.Equal("abcd…", cut);
        WellFormedText.Assert(cut);
    }

    [Fact]
    public void AnEllipsisAsLongAsTheLimitIsAllThatIsLeftOfLongerText() =>
        Assert.Equal("...", TextCut.ToLength("abcdef", 3, "..."));

    [Fact]
    public void AnEllipsisLongerThanTheLimitIsACallersMistake() =>
        Assert.Throws<ArgumentException>(() => TextCut.ToLength("abcdef", 2, "..."));

    [Fact]
    public void ALetterUnderMoreMarksThanFitIsCutBetweenMarksRatherThanDropped()
    {
        // One text element longer than the column: what fits of it is kept, so the text does not vanish.
        var text = "a" + string.Concat(Enumerable.Repeat("\u0301", 300));

        var cut = TextCut.ToLength(text, 255);

        Assert.Equal(text[..255], cut);
    }

    [Fact]
    public void AnEmojiUnderMoreModifiersThanFitIsNeverHalved()
    {
        var text = Emoji + string.Concat(Enumerable.Repeat("\u200D" + Emoji, 10)); // one long joined sequence

        for (var max = 1; max < text.Length; max++)
        {
            var cut = TextCut.ToLength(text, max);
            Assert.InRange(cut.Length, max - 1, max);
            WellFormedText.Assert(cut);
        }
    }

    [Fact]
    public void AtEveryLengthTheCutIsAWholeElementStartOfTheText()
    {
        // Arabic with harakat, Latin with a decomposed accent, an emoji, a joined sequence, a flag, an astral letter.
        // It starts with a plain letter: had its first element not fit, the cut would keep part of it (test above).
        const string text = "a كَلِمَة café\u0301 " + Emoji + " " + WomanTechnologist + " " + Morocco + " 𝑥 ok";
        var boundaries = new HashSet<int> { text.Length };
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            boundaries.Add(elements.ElementIndex);
        }

        for (var max = 0; max <= text.Length + 1; max++)
        {
            foreach (var ellipsis in new[] { null, "…" })
            {
                if (ellipsis is not null && max < ellipsis.Length)
                {
                    continue;
                }
                var cut = TextCut.ToLength(text, max, ellipsis);
                var kept = ellipsis is not null && cut.Length < text.Length ? cut[..^ellipsis.Length] : cut;

                Assert.True(cut.Length <= max, $"{max}: {cut.Length} units");
                Assert.StartsWith(kept, text, StringComparison.Ordinal);
                Assert.Contains(kept.Length, boundaries);
                WellFormedText.Assert(cut);
            }
        }
    }
}
