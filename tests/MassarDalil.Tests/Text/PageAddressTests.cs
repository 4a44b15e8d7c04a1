using System.Text;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Text;
using MassarDalil.Tests.Support;
using MassarDalil.Content.Problems;

namespace MassarDalil.Tests.Text;

/// <summary>Page addresses may be Arabic (تفعيل-الحساب); keys stay Latin (<see cref="SlugTests"/>).</summary>
public class PageAddressTests
{
    [Theory]
    [InlineData("تفعيل-الحساب")]
    [InlineData("forgot-password")]
    [InlineData("نتائج-2025")]
    [InlineData("نتائج-٢٠٢٥")]
    [InlineData("massar-تسجيل")]
    [InlineData("créer-un-compte")]
    [InlineData("élève")]
    public void ArabicAndLowerCaseLatinLettersDigitsAndSingleHyphensAreAnAddress(string slug)
    {
        Assert.True(Slug.IsValidAddress(slug));
        Assert.Empty(PageValidator.ValidateSlug(slug));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Forgot-Password")]
    [InlineData("تفعيل الحساب")]
    [InlineData("تفعيل--الحساب")]
    [InlineData("-تفعيل")]
    [InlineData("تفعيل-")]
    [InlineData("تَفْعِيل")] // harakat: a second spelling of the same address
    [InlineData("تفعـيل")] // tatweel
    [InlineData("ﺗﻔﻌﻴﻞ")] // presentation forms
    [InlineData("тест")] // another script
    [InlineData("تفعيل/الحساب")]
    [InlineData("تفعيل_الحساب")]
    [InlineData("تفعيل.الحساب")]
    [InlineData("تفعيل\n")]
    [InlineData("É")]
    public void OtherTextIsRefusedWithTheAddressMessage(string slug)
    {
        Assert.False(Slug.IsValidAddress(slug));
        Assert.Equal([ProblemEnglish.Of(ProblemCode.AddressForm)], PageValidator.ValidateSlug(slug).Select(p => p.Message));
    }

    [Fact]
    public void AnAddressMustBeInNfcAndWhatAnEditorTypesIsMadeSo()
    {
        var decomposed = "créer".Normalize(NormalizationForm.FormD);

        Assert.False(Slug.IsValidAddress(decomposed));
        Assert.Equal("créer", Slug.NormalizeAddress($" {decomposed} "));
        Assert.True(Slug.IsValidAddress(Slug.NormalizeAddress(decomposed)));
    }

    [Theory]
    [InlineData("faq")]
    [InlineData("search")]
    [InlineData("manager")]
    [InlineData("api")]
    [InlineData("home")] // the home page's address in the API
    [InlineData("feedback")] // the vote endpoint's, which the guide route leaves to it
    public void ReservedAddressesAreStillRefused(string slug) =>
        Assert.Equal(["This address is reserved for the site."], PageValidator.ValidateSlug(slug).Select(p => p.Message));

    [Fact]
    public void AnArabicAddressIsPercentEncodedAsUtf8InLinks() =>
        Assert.Equal("/ar/%D8%AA%D9%81%D8%B9%D9%8A%D9%84-%D8%A7%D9%84%D8%AD%D8%B3%D8%A7%D8%A8", MassarDalil.Content.Published.ContentUrls.Page("ar", "تفعيل-الحساب"));

    [Theory]
    [InlineData("تفعيل-الحساب", "tfayl-alhsab")]
    [InlineData("كيف أسترجع القن السري؟", "kyf-astrja-alqn-alsry")]
    [InlineData("نتائج ٢٠٢٥", "ntayj-2025")]
    [InlineData("Where are my grades?", "where-are-my-grades")]
    public void AKeyForArabicTextIsItsLatinTransliteration(string text, string key)
    {
        Assert.Equal(key, Slug.KeyFor(text));
        Assert.True(Slug.IsValid(key));
    }
}
