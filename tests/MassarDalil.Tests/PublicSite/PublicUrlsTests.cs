using MassarDalil.Web.PublicSite;

namespace MassarDalil.Tests.PublicSite;

/// <summary>
/// Which request paths are another spelling of a page's own address: letter case, the normalisation form, doubled slashes
/// and a trailing slash, nothing else.
/// </summary>
public class PublicUrlsTests
{
    [Theory]
    [InlineData("/ar/FAQ", "/ar/faq")]
    [InlineData("/AR/faq", "/ar/faq")]
    [InlineData("/ar/faq/", "/ar/faq")]
    [InlineData("/AR/FAQ/", "/ar/faq")]
    [InlineData("/ar", "/ar/")]
    [InlineData("/Ar/", "/ar/")]
    [InlineData("/en/faq/Forgot-Password", "/en/faq/forgot-password")]
    // The page's address is percent-encoded; the request's path is decoded.
    [InlineData("/ar/تفعيل-الحساب/", "/ar/%D8%AA%D9%81%D8%B9%D9%8A%D9%84-%D8%A7%D9%84%D8%AD%D8%B3%D8%A7%D8%A8")]
    [InlineData("/FR/Créer-Un-Compte", "/fr/cr%C3%A9er-un-compte")]
    // Accented capitals, and other normalisation forms: É is é, and e with U+0301 is é.
    [InlineData("/fr/CRÉER-UN-COMPTE", "/fr/cr%C3%A9er-un-compte")]
    [InlineData("/fr/cre\u0301er-un-compte", "/fr/cr%C3%A9er-un-compte")]
    [InlineData("/fr/CRE\u0301ER-UN-COMPTE/", "/fr/cr%C3%A9er-un-compte")]
    [InlineData("/ar/\u0627\u0655نشاء-حساب", "/ar/%D8%A5%D9%86%D8%B4%D8%A7%D8%A1-%D8%AD%D8%B3%D8%A7%D8%A8")]
    // Doubled slashes anywhere.
    [InlineData("/ar/faq//", "/ar/faq")]
    [InlineData("//ar/faq", "/ar/faq")]
    [InlineData("/ar///faq", "/ar/faq")]
    [InlineData("/ar//", "/ar/")]
    [InlineData("//ar", "/ar/")]
    public void AnAddressSpeltOtherwiseIsAVariant(string requested, string canonical) =>
        Assert.True(PublicUrls.IsOtherSpelling(requested, canonical));

    [Theory]
    // The address itself.
    [InlineData("/ar/faq", "/ar/faq")]
    [InlineData("/ar/", "/ar/")]
    [InlineData("/ar/تفعيل-الحساب", "/ar/%D8%AA%D9%81%D8%B9%D9%8A%D9%84-%D8%A7%D9%84%D8%AD%D8%B3%D8%A7%D8%A8")]
    // No other character: an encoded slash, a backslash, a space, more path.
    [InlineData("/ar/faq%2F", "/ar/faq")]
    [InlineData("/ar%2Ffaq", "/ar/faq")]
    [InlineData("/ar\\faq", "/ar/faq")]
    [InlineData("/ar/faq\\", "/ar/faq")]
    [InlineData("/ar/faq ", "/ar/faq")]
    [InlineData("/ar/faq/x", "/ar/faq")]
    // Compatibility forms no slug holds: tatweel, presentation forms, full-width Latin.
    [InlineData("/ar/تفعيـل-الحساب", "/ar/%D8%AA%D9%81%D8%B9%D9%8A%D9%84-%D8%A7%D9%84%D8%AD%D8%B3%D8%A7%D8%A8")]
    [InlineData("/ar/\uFE97\uFED4\uFECC\uFEF4\uFEDE-الحساب", "/ar/%D8%AA%D9%81%D8%B9%D9%8A%D9%84-%D8%A7%D9%84%D8%AD%D8%B3%D8%A7%D8%A8")]
    [InlineData("/ar/\uFF46\uFF41\uFF51", "/ar/faq")]
    public void AnythingElseIsNotAVariant(string requested, string canonical) =>
        Assert.False(PublicUrls.IsOtherSpelling(requested, canonical));

    [Theory]
    [InlineData("Forgot-Password", "forgot-password")]
    [InlineData("forgot-password", "forgot-password")]
    [InlineData("AR", "ar")]
    [InlineData("تفعيل-الحساب", "تفعيل-الحساب")]
    [InlineData("CRÉER", "créer")]
    [InlineData("Ça-Ñ-Ü", "ça-ñ-ü")]
    [InlineData("cre\u0301er", "créer")]
    [InlineData("\u0627\u0655نشاء", "إنشاء")]
    // Tatweel stays: it is no other form of a letter, and no slug holds it.
    [InlineData("تفعيـل", "تفعيـل")]
    public void AnAddressIsFoldedToNfcInLowerCase(string value, string folded) =>
        Assert.Equal(folded, PublicUrls.FoldAddress(value));

    [Theory]
    [InlineData("/ar/faq", "/ar/faq")]
    [InlineData("//ar//faq//", "/ar/faq/")]
    [InlineData("///", "/")]
    [InlineData("/ar/%2F%2Ffaq", "/ar/%2F%2Ffaq")]
    [InlineData("/ar/\\\\faq", "/ar/\\\\faq")]
    public void RunsOfSlashesAreMadeOne(string path, string one) =>
        Assert.Equal(one, PublicUrls.OneSlashes(path));
}
