using MassarDalil.Cli.StaticExport;

namespace MassarDalil.Tests.StaticExport;

public class ExportLayoutTests
{
    private const string Base = "https://dalil.example.ma";

    [Theory]
    [InlineData("/", true, "index.html")]
    [InlineData("/ar/", true, "ar/index.html")]
    [InlineData("/ar/faq", true, "ar/faq/index.html")]
    [InlineData("/ar/faq/forgot-password", true, "ar/faq/forgot-password/index.html")]
    [InlineData("/css/site.abc123.css", false, "css/site.abc123.css")]
    [InlineData("/sitemap.xml", false, "sitemap.xml")]
    [InlineData("/ar/%D8%AF%D9%84%D9%8A%D9%84", true, "ar/دليل/index.html")]
    [InlineData("/ar/دليل", true, "ar/دليل/index.html")]
    public void APageBecomesItsFoldersIndexAndAnyOtherFileKeepsItsName(string path, bool isHtml, string file) =>
        Assert.Equal(file, ExportLayout.FileFor(path, isHtml));

    [Theory]
    [InlineData("/ar/faq#forgot-password", "/ar/faq")]
    [InlineData("/ar/search?q=x&amp;y=1", "/ar/search")]
    [InlineData("https://dalil.example.ma/en/faq", "/en/faq")]
    [InlineData("https://moutamadris.men.gov.ma", null)]
    [InlineData("//cdn.example.com/x.js", null)]
    [InlineData("mailto:someone@example.ma", null)]
    [InlineData("#main", null)]
    [InlineData("/manager/login", null)]
    [InlineData("/api/v1/sites", null)]
    public void OnlyTheSitesOwnPublicAddressesAreFollowed(string link, string? path) =>
        Assert.Equal(path, ExportLayout.LocalPath(link, Base));

    [Fact]
    public void LinksAreFoundInPagesStylesheetsScriptsManifestsAndTheSitemap()
    {
        var text = """
            <a href="/ar/faq">x</a><form action='/ar/search' data-live-search="/ar/search-index.json"></form>
            body { background: url("/img/a.svg") } import { x } from "/js/b.js";
            { "src": "/favicon.svg" } <loc>https://dalil.example.ma/en/</loc> <a href="https://example.com/">y</a>
            """;

        Assert.Equal(
            ["/ar/faq", "/ar/search", "/ar/search-index.json", "/img/a.svg", "/js/b.js", "/favicon.svg", "/en/"],
            ExportLayout.Links(text, Base));
    }
}
