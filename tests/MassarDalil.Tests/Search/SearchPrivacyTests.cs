using MassarDalil.Content.Search;

namespace MassarDalil.Tests.Search;

/// <summary>The rule deciding whether a search that found nothing may be kept: one test per rule.</summary>
public class SearchPrivacyTests
{
    [Theory]
    [InlineData("someone@example.com")]
    [InlineData("mohamed.alaoui@taalim.ma")]
    [InlineData("@massar_user")]
    [InlineData("نسيت user＠gmail")]
    public void AnAtSignIsNeverKept(string query) =>
        Assert.Equal(UnrecordableQuery.EmailSign, SearchPrivacy.Check(query));

    [Theory]
    [InlineData("M1308")]
    [InlineData("code G1234 oublié")]
    [InlineData("MyPass!23word")]
    [InlineData("Password1")]
    [InlineData("AB1234")] // an ID card number
    [InlineData("ج١٢٣٤")] // Arabic letter, Arabic-Indic digits
    [InlineData("رمزي ز12")]
    [InlineData("ab۱۲")] // Extended Arabic-Indic (Persian) digits
    [InlineData("x１２")] // full-width digits
    [InlineData("2bac")]
    public void AWordMixingLettersAndDigitsIsNeverKept(string query) =>
        Assert.Equal(UnrecordableQuery.LettersWithDigits, SearchPrivacy.Check(query));

    [Theory]
    [InlineData("G123456789")] // a Massar code
    [InlineData("0612345678")]
    [InlineData("06 12 34 56 78")]
    [InlineData("06-12-34-56-78")]
    [InlineData("+212 612345678")]
    [InlineData("12/05/2008")]
    [InlineData("رقم ٠٦١٢٣٤٥٦٧٨")]
    [InlineData("٠٦ ١٢ ٣٤ ٥٦")]
    [InlineData("123456")]
    [InlineData("12345")]
    public void MoreThanFourDigitsInARowAreNeverKept(string query) =>
        Assert.Equal(UnrecordableQuery.LongNumber, SearchPrivacy.Check(query));

    [Theory]
    [InlineData("pass#word")]
    [InlineData("user_name")]
    [InlineData("mot$de$passe")]
    [InlineData("كلمة*السر")]
    [InlineData("#secret")]
    [InlineData("a+b=c")]
    [InlineData("+212")]
    public void ASymbolInsideAWordIsNeverKept(string query) =>
        Assert.Equal(UnrecordableQuery.SymbolInWord, SearchPrivacy.Check(query));

    [Theory]
    [InlineData("امتحانات الباكالوريا")]
    [InlineData("كَلِمَةُ المرور؟")]
    [InlineData("bac libre 2025")]
    [InlineData("نتائج ٢٠٢٥")]
    [InlineData("Where's my e-mail?")]
    [InlineData("aujourd'hui « inscription »")]
    [InlineData("moutamadris.men.gov.ma")]
    [InlineData("2 bac")]
    [InlineData("Massar NFC")]
    public void OrdinaryQuestionsAreKept(string query) =>
        Assert.Equal(UnrecordableQuery.None, SearchPrivacy.Check(query));
}
