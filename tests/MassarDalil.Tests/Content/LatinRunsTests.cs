using MassarDalil.Content.Text;

namespace MassarDalil.Tests.Content;

public class LatinRunsTests
{
    [Fact]
    public void ALatinWordInsideArabicIsItsOwnRun()
    {
        Assert.Equal([("الهوية الرقمية (", false), ("NFC", true), (")", false)], LatinRuns.Split("الهوية الرقمية (NFC)"));
    }

    [Fact]
    public void ADomainIsOneRunWithoutTheSentencesFullStop()
    {
        Assert.Equal([("ادخل إلى ", false), ("moutamadris.men.gov.ma", true), (".", false)], LatinRuns.Split("ادخل إلى moutamadris.men.gov.ma."));
    }

    [Fact]
    public void LatinWordsJoinedBySpacesAreOneRun()
    {
        Assert.Equal([("زر ", false), ("Caps Lock", true), (" مفعّل", false)], LatinRuns.Split("زر Caps Lock مفعّل"));
    }

    [Fact]
    public void ArabicAloneHasNoLatinRun()
    {
        Assert.Equal([("تسجيل الدخول", false)], LatinRuns.Split("تسجيل الدخول"));
    }
}
