using MassarDalil.Web.PublicSite;

namespace MassarDalil.Tests.PublicSite;

/// <summary>Which request paths are another spelling of a page's own address: only letter case and a trailing slash.</summary>
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
    public void AnAddressInOtherCaseOrWithOtherTrailingSlashIsAVariant(string requested, string canonical) =>
        Assert.True(PublicUrls.IsCaseOrSlashVariant(requested, canonical));

    [Theory]
    // The address itself.
    [InlineData("/ar/faq", "/ar/faq")]
    [InlineData("/ar/", "/ar/")]
    [InlineData("/ar/تفعيل-الحساب", "/ar/%D8%AA%D9%81%D8%B9%D9%8A%D9%84-%D8%A7%D9%84%D8%AD%D8%B3%D8%A7%D8%A8")]
    // Only A to Z fold: É is not é.
    [InlineData("/fr/CRÉER-UN-COMPTE", "/fr/cr%C3%A9er-un-compte")]
    // One trailing slash, not more, and no other character.
    [InlineData("/ar/faq//", "/ar/faq")]
    [InlineData("//ar/faq", "/ar/faq")]
    [InlineData("/ar/faq%2F", "/ar/faq")]
    [InlineData("/ar/faq ", "/ar/faq")]
    [InlineData("/ar/faq/x", "/ar/faq")]
    // Another normalisation form of an Arabic slug is served as before, not redirected.
    [InlineData("/ar/\u0627\u0655نشاء-حساب", "/ar/%D8%A5%D9%86%D8%B4%D8%A7%D8%A1-%D8%AD%D8%B3%D8%A7%D8%A8")]
    public void AnythingElseIsNotAVariant(string requested, string canonical) =>
        Assert.False(PublicUrls.IsCaseOrSlashVariant(requested, canonical));

    [Theory]
    [InlineData("Forgot-Password", "forgot-password")]
    [InlineData("forgot-password", "forgot-password")]
    [InlineData("AR", "ar")]
    [InlineData("تفعيل-الحساب", "تفعيل-الحساب")]
    [InlineData("CRÉER", "crÉer")]
    public void OnlyAsciiCapitalsAreLowered(string value, string lowered) =>
        Assert.Equal(lowered, PublicUrls.LowerAscii(value));
}
