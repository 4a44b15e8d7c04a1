using MassarDalil.Content.Text;

namespace MassarDalil.Tests.Text;

/// <summary>One test per folding rule of STYLE.md §8: only harakat and tatweel go; hamza on waw or yaa stays.</summary>
public class ArabicTextTests
{
    [Theory]
    [InlineData('\u064B')] // fathatan
    [InlineData('\u064C')] // dammatan
    [InlineData('\u064D')] // kasratan
    [InlineData('\u064E')] // fatha
    [InlineData('\u064F')] // damma
    [InlineData('\u0650')] // kasra
    [InlineData('\u0651')] // shadda
    [InlineData('\u0652')] // sukun
    [InlineData('\u0653')] // maddah above
    [InlineData('\u0655')] // hamza below
    [InlineData('\u0656')] // subscript alef
    [InlineData('\u065F')] // wavy hamza below, the end of the range
    [InlineData('\u0670')] // superscript (dagger) alef
    public void EveryHarakahIsRemoved(char harakah)
    {
        Assert.Equal("مسار", ArabicText.Normalize($"م{harakah}سار"));
    }

    [Fact]
    public void EveryCharacterOfTheHarakatRangeIsRemoved()
    {
        for (var c = '\u064B'; c <= '\u065F'; c++)
        {
            Assert.Equal("كلمه", ArabicText.Normalize($"ك{c}لمة"));
        }
    }

    [Fact]
    public void VowelledTextMatchesTheBareWord()
    {
        Assert.Equal(ArabicText.Normalize("كلمة المرور"), ArabicText.Normalize("كَلِمَةُ المُرُورِ"));
    }

    [Fact]
    public void LettersNextToTheHarakatRangeAreKept()
    {
        // U+064A yaa and U+0660 Arabic-Indic zero sit just outside the range: one is kept, the other folded.
        Assert.Equal("ي0", ArabicText.Normalize("\u064A\u0660"));
    }

    [Fact]
    public void TatweelIsRemoved()
    {
        Assert.Equal("مسار", ArabicText.Normalize("مـــســار"));
    }

    [Theory]
    [InlineData("أ")]
    [InlineData("إ")]
    [InlineData("آ")]
    [InlineData("ٱ")]
    public void AlefFormsFoldToBareAlef(string alef)
    {
        Assert.Equal("ادخل", ArabicText.Normalize($"{alef}دخل"));
    }

    [Fact]
    public void AlefWithACombiningHamzaFoldsLikeThePrecomposedForm()
    {
        Assert.Equal(ArabicText.Normalize("أمن"), ArabicText.Normalize("\u0627\u0654من"));
    }

    [Fact]
    public void TaaMarbutaFoldsToHaa()
    {
        Assert.Equal("مدرسه", ArabicText.Normalize("مدرسة"));
    }

    [Fact]
    public void AlefMaqsuraFoldsToYaa()
    {
        Assert.Equal("علي", ArabicText.Normalize("على"));
    }

    [Fact]
    public void ArabicIndicDigitsBecomeWesternDigits()
    {
        Assert.Equal("0123456789", ArabicText.Normalize("٠١٢٣٤٥٦٧٨٩"));
    }

    [Fact]
    public void PersianDigitsBecomeWesternDigits()
    {
        Assert.Equal("0123456789", ArabicText.Normalize("۰۱۲۳۴۵۶۷۸۹"));
    }

    [Theory]
    [InlineData("مؤسسة", "مؤسسه")]
    [InlineData("مسؤول", "مسؤول")]
    [InlineData("بيئة", "بيئه")]
    [InlineData("سئل", "سئل")]
    [InlineData("ء", "ء")]
    public void HamzaOnWawOrYaaAndAloneIsKept(string word, string expected)
    {
        Assert.Equal(expected, ArabicText.Normalize(word));
    }

    [Fact]
    public void HamzaOnWawWrittenWithACombiningHamzaIsKeptToo()
    {
        // و + U+0654 is the decomposed form of ؤ; it must not lose its hamza as a "harakah".
        Assert.Equal("مؤسسه", ArabicText.Normalize("م\u0648\u0654سسة"));
    }

    [Fact]
    public void LatinTextAndPunctuationAreUntouched()
    {
        Assert.Equal("Massar: moutamadris.men.gov.ma?", ArabicText.Normalize("Massar: moutamadris.men.gov.ma?"));
    }
}
