using System.Net;
using System.Text;
using MassarDalil.Content.Redirects;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.PublicSite;

/// <summary>
/// A public page has one address. The same address spelt otherwise (a language, a fixed word, a slug or a question's
/// key in capitals, accented ones included; a slug in NFD; slashes doubled, or a trailing slash added or taken away) is
/// one 301 to the page's own, query kept, for GET and HEAD, again on the next request (no 200 is cached for it); a
/// variant of an address the site does not serve stays a 404, and no variant leads off the site.
/// </summary>
public class AddressVariantTests(AddressVariantTests.SiteWithGuides site) : IClassFixture<AddressVariantTests.SiteWithGuides>
{
    private const string Arabic = "%D8%AA%D9%81%D8%B9%D9%8A%D9%84-%D8%A7%D9%84%D8%AD%D8%B3%D8%A7%D8%A8"; // تفعيل-الحساب
    private const string Hamza = "%D8%A5%D9%86%D8%B4%D8%A7%D8%A1-%D8%AD%D8%B3%D8%A7%D8%A8"; // إنشاء-حساب
    // The same in NFD: the hamza below the alef is a mark of its own (U+0627 U+0655).
    private const string HamzaNfd = "%D8%A7%D9%95%D9%86%D8%B4%D8%A7%D8%A1-%D8%AD%D8%B3%D8%A7%D8%A8";
    private const string Creer = "cr%C3%A9er-un-compte"; // créer-un-compte
    private const string CreerNfd = "cre%CC%81er-un-compte"; // e and U+0301
    private const string Resume = "r%C3%A9sum%C3%A9-tips"; // résumé-tips
    private const string ResumeNfd = "re%CC%81sume%CC%81-tips";

    /// <summary>
    /// The seed, guides at a Latin, two accented and two Arabic addresses (one with a hamza, which NFD decomposes), and
    /// an old address.
    /// </summary>
    public sealed class SiteWithGuides() : ReadOnlySite(async app =>
    {
        await app.PublishAsync("en", "activation-guide", "Account activation guide", "Open the **portal**.", "activation-guide");
        await app.PublishAsync("ar", "تفعيل-الحساب", "تفعيل الحساب", "افتح **البوابة**.", "activation-guide");
        await app.PublishAsync("ar", "إنشاء-حساب", "إنشاء حساب", "افتح **البوابة**.", "create-account");
        await app.PublishAsync("fr", "créer-un-compte", "Créer un compte", "Ouvrez le **portail**.", "create-account");
        await app.PublishAsync("en", "résumé-tips", "Résumé tips", "Keep it **short**.", "resume-tips");
        await app.WithDbAsync(async (db, services) =>
        {
            var id = await db.Pages.Where(p => p.SiteKey == "en" && p.Slug == "activation-guide").Select(p => p.Id).SingleAsync();
            var added = await services.GetRequiredService<RedirectStore>().AddAsync("en", "old-activation", id, "test");
            Assert.True(added.Saved);
            return 0;
        });
    });

    [Theory]
    // Fixed words of an address, which routing matches in any case.
    [InlineData("/ar/FAQ", "/ar/faq")]
    [InlineData("/ar/tools/Average", "/ar/tools/average")]
    [InlineData("/ar/Search?q=%D9%83%D9%84%D9%85%D8%A9", "/ar/search?q=%D9%83%D9%84%D9%85%D8%A9")]
    // The language.
    [InlineData("/AR/faq", "/ar/faq")]
    [InlineData("/EN/tools/average", "/en/tools/average")]
    // A question's key and a Latin slug, lower case by rule.
    [InlineData("/ar/faq/Forgot-Password", "/ar/faq/forgot-password")]
    [InlineData("/en/Activation-Guide", "/en/activation-guide")]
    [InlineData("/fr/Créer-Un-Compte", "/fr/cr%C3%A9er-un-compte")]
    // The trailing slash: the home has one, every other page none.
    [InlineData("/ar", "/ar/")]
    [InlineData("/Ar", "/ar/")]
    [InlineData("/AR/", "/ar/")]
    [InlineData("/ar/faq/", "/ar/faq")]
    [InlineData("/ar/faq/forgot-password/", "/ar/faq/forgot-password")]
    [InlineData("/en/activation-guide/", "/en/activation-guide")]
    [InlineData("/ar/search/?q=x", "/ar/search?q=x")]
    [InlineData("/ar/" + Arabic + "/", "/ar/" + Arabic)]
    // Both at once, and the query kept as it came.
    [InlineData("/AR/FAQ/", "/ar/faq")]
    [InlineData("/En/FAQ/Forgot-Password/?ref=sms", "/en/faq/forgot-password?ref=sms")]
    [InlineData("/ar/FAQ?utm_source=sms&x=%D8%AA", "/ar/faq?utm_source=sms&x=%D8%AA")]
    [InlineData("/EN/Tools/AVERAGE/?a=1&b=2", "/en/tools/average?a=1&b=2")]
    // An old address in capitals goes straight to the live one: one hop, not two.
    [InlineData("/en/Old-Activation?a=1", "/en/activation-guide?a=1")]
    [InlineData("/EN/old-activation/", "/en/activation-guide")]
    [InlineData("/en/OLD-ACTIVATION//", "/en/activation-guide")]
    // Accented capitals fold as A to Z do (É is é), in the slug and anywhere else.
    [InlineData("/fr/CR%C3%89ER-UN-COMPTE", "/fr/" + Creer)]
    [InlineData("/FR/Cr%C3%89er-un-compte/?utm_source=sms", "/fr/" + Creer + "?utm_source=sms")]
    [InlineData("/en/R%C3%89SUM%C3%89-TIPS", "/en/" + Resume)]
    [InlineData("/En/r%C3%A9sum%C3%89-tips?a=%C3%89", "/en/" + Resume + "?a=%C3%89")]
    // A slug in NFD (decomposed), in Arabic, French and English; with capitals, a trailing slash or a query too.
    [InlineData("/ar/" + HamzaNfd, "/ar/" + Hamza)]
    [InlineData("/AR/" + HamzaNfd + "/?ref=wa", "/ar/" + Hamza + "?ref=wa")]
    [InlineData("/fr/" + CreerNfd, "/fr/" + Creer)]
    [InlineData("/fr/CRE%CC%81ER-UN-COMPTE?x=1", "/fr/" + Creer + "?x=1")]
    [InlineData("/en/" + ResumeNfd + "/", "/en/" + Resume)]
    // Doubled slashes, anywhere in the address, on every kind of page and in every language.
    [InlineData("/ar/faq//", "/ar/faq")]
    [InlineData("/ar//faq", "/ar/faq")]
    [InlineData("//ar/faq", "/ar/faq")]
    [InlineData("///ar///faq///?q=1", "/ar/faq?q=1")]
    [InlineData("/ar//", "/ar/")]
    [InlineData("//ar", "/ar/")]
    [InlineData("/en//faq//forgot-password?ref=sms", "/en/faq/forgot-password?ref=sms")]
    [InlineData("/fr//tools//average", "/fr/tools/average")]
    [InlineData("/fr//" + Creer, "/fr/" + Creer)]
    [InlineData("/ar//" + Arabic + "//", "/ar/" + Arabic)]
    [InlineData("/en//activation-guide", "/en/activation-guide")]
    [InlineData("/en//search?q=x", "/en/search?q=x")]
    // All at once.
    [InlineData("//FR//CRE%CC%81ER-UN-COMPTE//?a=1&b=%2F%2Fevil.example", "/fr/" + Creer + "?a=1&b=%2F%2Fevil.example")]
    [InlineData("/AR//" + HamzaNfd + "//", "/ar/" + Hamza)]
    public async Task AVariantOfAnAddressTheSiteServesIsOne301ToIt(string typed, string location)
    {
        var app = await site.AppAsync();
        foreach (var method in new[] { HttpMethods.Get, HttpMethods.Head })
        {
            Assert.Equal((301, location), await SendAsIsAsync(app, method, typed));
            Assert.Equal(200, (await SendAsIsAsync(app, method, location)).Status);
            // The page is cached now at its own address; the variant is still a redirect, not a copy of it.
            Assert.Equal((301, location), await SendAsIsAsync(app, method, typed));
        }
    }

    [Fact]
    public async Task ATopicAddressInCapitalsGoesWhereTheLowerCaseOneGoesInOneStep()
    {
        // The seed's FAQ fits one page, so a topic's address leads to its place on the FAQ.
        var visitor = (await site.AppAsync()).CreateVisitor();
        using var canonical = await visitor.GetAsync("/fr/faq/topic/activation");
        using var typed = await visitor.GetAsync("/FR/FAQ/Topic/Activation/");

        Assert.Equal(HttpStatusCode.Redirect, canonical.StatusCode);
        Assert.Equal((canonical.StatusCode, "/fr/faq#activation"), (typed.StatusCode, typed.Location()));
        Assert.Equal("/fr/faq#activation", canonical.Location());
    }

    [Theory]
    [InlineData("/ar/")]
    [InlineData("/en/")]
    [InlineData("/ar/faq")]
    [InlineData("/ar/faq/forgot-password")]
    [InlineData("/en/tools/average")]
    [InlineData("/ar/search")]
    [InlineData("/ar/search?q=%D9%83%D9%84%D9%85%D8%A9")]
    [InlineData("/en/activation-guide?utm_source=sms")]
    [InlineData("/ar/" + Arabic)]
    [InlineData("/ar/تفعيل-الحساب")]
    [InlineData("/ar/" + Hamza)]
    [InlineData("/fr/" + Creer)]
    [InlineData("/en/" + Resume + "?a=1")]
    public async Task TheSitesOwnAddressesAnswerWithoutARedirect(string path)
    {
        var app = await site.AppAsync();
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            using var response = await app.CreateVisitor().SendAsync(new HttpRequestMessage(method, path));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(response.Headers.Location);
        }
    }

    [Fact]
    public void TheDecomposedSlugsAreTheNfdOfTheStoredOnes()
    {
        Assert.Equal(Uri.UnescapeDataString(Hamza).Normalize(NormalizationForm.FormD), Uri.UnescapeDataString(HamzaNfd));
        Assert.Equal(Uri.UnescapeDataString(Creer).Normalize(NormalizationForm.FormD), Uri.UnescapeDataString(CreerNfd));
        Assert.Equal(Uri.UnescapeDataString(Resume).Normalize(NormalizationForm.FormD), Uri.UnescapeDataString(ResumeNfd));
        Assert.NotEqual(Hamza, HamzaNfd);
    }

    [Theory]
    [InlineData("/ZZ/faq")]
    [InlineData("/XX")]
    [InlineData("/ar/faq/NO-SUCH-QUESTION")]
    [InlineData("/ar/faq/no-such-question/")]
    [InlineData("/AR/No-Such-Guide")]
    [InlineData("/en/Activate-Account")]
    [InlineData("/fr/CR%C3%89ER-UN-AUTRE")]
    [InlineData("/ar//no-such-guide//")]
    [InlineData("//XX//faq")]
    // An encoded slash is part of a segment, never a second one, and a backslash is no slash: no page has either.
    [InlineData("/AR/%2F%2Fevil.example")]
    [InlineData("/ar/faq%2F")]
    [InlineData("/ar/faq%2f")]
    [InlineData("/ar%2Ffaq")]
    [InlineData("/ar/%2ffaq")]
    [InlineData("/ar/%2F/faq")]
    [InlineData("/ar/\\faq")]
    [InlineData("/ar\\faq")]
    [InlineData("/ar/faq%5C")]
    // Tatweel and presentation forms are compatibility spellings no slug holds (Slug.IsValidAddress): not folded.
    [InlineData("/ar/%D8%AA%D9%81%D8%B9%D9%8A%D9%80%D9%84-%D8%A7%D9%84%D8%AD%D8%B3%D8%A7%D8%A8")]
    [InlineData("/ar/\uFE97\uFED4\uFECC\uFEF4\uFEDE-%D8%A7%D9%84%D8%AD%D8%B3%D8%A7%D8%A8")]
    // Through doubled slashes only a public page is found: the API, the manager and the rest stay 404s.
    [InlineData("/api//v1/ar/pages")]
    [InlineData("//api/v1/ar/faq/forgot-password")]
    [InlineData("//sitemap.xml")]
    [InlineData("//robots.txt")]
    [InlineData("//healthz")]
    [InlineData("/manager//login")]
    [InlineData("//not-found")]
    public async Task AVariantOfAnAddressTheSiteDoesNotServeIsStillNotFound(string typed)
    {
        var app = await site.AppAsync();
        foreach (var method in new[] { HttpMethods.Get, HttpMethods.Head })
        {
            Assert.Equal((404, ""), await SendAsIsAsync(app, method, typed));
        }
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("//evil.example/")]
    [InlineData("//evil.example/ar/faq")]
    [InlineData("/\\evil.example")]
    [InlineData("/\\evil.example/")]
    [InlineData("/ar/..//evil.example")]
    [InlineData("/AR/..//evil.example/")]
    [InlineData("/ar//evil.example")]
    [InlineData("/AR//evil.example/")]
    [InlineData("/ar/\\evil.example/")]
    [InlineData("/AR/\\evil.example")]
    [InlineData("/%2F%2Fevil.example")]
    [InlineData("/ar/%2F%2Fevil.example/")]
    [InlineData("/AR/%2F%2Fevil.example")]
    [InlineData("/ar/%5C%5Cevil.example/")]
    [InlineData("/AR/faq/%2F%2Fevil.example")]
    [InlineData("/ar/faq//evil.example")]
    [InlineData("/ar/faq/\\evil.example/")]
    // Doubled slashes are read as one for a page, and what is left is no page; encoded ones and backslashes are no slashes.
    [InlineData("///evil.example")]
    [InlineData("//ar//evil.example")]
    [InlineData("/ar///evil.example//")]
    [InlineData("//ar/..//evil.example")]
    [InlineData("//\\evil.example")]
    [InlineData("/\\/evil.example")]
    [InlineData("/ar//\\evil.example")]
    [InlineData("/ar/faq//\\evil.example")]
    [InlineData("/%2F/evil.example")]
    [InlineData("/%2f%2fevil.example")]
    [InlineData("/ar/%2f%2fevil.example")]
    [InlineData("/ar//%2F%2Fevil.example//")]
    [InlineData("/AR/%2F/evil.example")]
    [InlineData("/ar/%5c%5cevil.example")]
    [InlineData("/ar/faq/%2f%2fevil.example?next=//evil.example")]
    // Where a page is found, the address is its own, whatever came before it.
    [InlineData("//evil.example//ar/faq")]
    [InlineData("///ar/faq")]
    [InlineData("//ar//?next=//evil.example")]
    public async Task NoVariantLeadsOffTheSite(string typed)
    {
        var app = await site.AppAsync();
        foreach (var method in new[] { HttpMethods.Get, HttpMethods.Head })
        {
            var (_, location) = await SendAsIsAsync(app, method, typed);

            Assert.True(location.Length == 0 || (location.StartsWith('/') && location.Length > 1 && location[1] is not '/' and not '\\'),
                $"{method} {typed} led to {location}");
        }
    }

    [Theory]
    [InlineData("///ar/faq", "/ar/faq")]
    [InlineData("//ar//?next=//evil.example", "/ar/?next=//evil.example")]
    [InlineData("//evil.example//ar/faq", "")]
    public async Task ADoubledSlashLeadsOnlyToThePageFound(string typed, string location)
    {
        var (_, led) = await SendAsIsAsync(await site.AppAsync(), HttpMethods.Get, typed);

        Assert.Equal(location, led);
    }

    /// <summary>
    /// The request as a server reads it, dots, backslashes and doubled slashes kept (HttpClient resolves the first, turns
    /// the second into slashes and reads a leading <c>//</c> as a host): decoded but for %2F, which stays inside its segment.
    /// The body goes nowhere: the test server's own holds a large page until it is read, and here nothing reads it.
    /// </summary>
    private static async Task<(int Status, string Location)> SendAsIsAsync(MassarApp app, string method, string typed)
    {
        var query = typed.IndexOf('?', StringComparison.Ordinal);
        var context = await app.Server.SendAsync(c =>
        {
            c.Request.Method = method;
            c.Request.Scheme = "http";
            c.Request.Host = new HostString("localhost");
            c.Request.Path = PathString.FromUriComponent(query < 0 ? typed : typed[..query]);
            c.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(typed[query..]);
            c.Response.Body = Stream.Null;
        });
        return (context.Response.StatusCode, context.Response.Headers.Location.ToString());
    }

    [Theory]
    [InlineData("/en/tools/Average")]
    [InlineData("/en/tools/average/")]
    public async Task AFormPostedToAVariantIsAnsweredWhereItCameNotRedirected(string path)
    {
        var visitor = (await site.AppAsync()).CreateVisitor();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Rows[0].Grade"] = "12", ["Rows[0].Coefficient"] = "1" });

        using var response = await visitor.PostAsync(path, form);
        var result = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Your average: 12.00 / 20", result.QuerySelector(".average-value")?.TextContent);
    }
}
