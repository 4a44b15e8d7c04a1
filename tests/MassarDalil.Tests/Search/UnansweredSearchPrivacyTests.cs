using System.Net;
using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Tests.Search;

/// <summary>The privacy promise, held where visitors type: codes, passwords, e-mails and phones are never kept or logged.</summary>
public class UnansweredSearchPrivacyTests
{
    // What people type into a search box when they mistake it for a sign-in form, in both scripts.
    private static readonly string[] Secrets =
    [
        "G123456789", "MyPass!23word", "someone@example.com", "0612345678", "06 12 34 56 78", "+212612345678",
        "ج١٣٥٧٩٢٤٦٨", "٠٦١٢٣٤٥٦٧٨", "AB123456", "pass#word", "user_name", "Motdepasse2025", "12/05/2008",
        "merci Azerty!!", "alaoui.mohamed Soleil!", "mp: Soleil", "06 et 12 et 34 et 56 et 78",
        "mot de passe soleil", "كلمة السر وردة",
    ];

    private const string OrdinaryMiss = "امتحانات الباكالوريا";

    [Fact]
    public async Task NoEntryPointKeepsOrLogsACodePasswordEmailOrPhoneButAnOrdinaryMissIsStillCounted()
    {
        var logs = new CapturedLogs();
        using var app = new MassarApp(new()
        {
            // Louder than shipped: even an operator debugging the site or its database must not see them.
            ["Logging:LogLevel:MassarDalil"] = "Trace",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Information",
        });
        using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var visitor = logged.CreateClient();
        var secrets = Secrets;

        foreach (var language in new[] { "ar", "en" })
        {
            foreach (var secret in secrets)
            {
                var q = Uri.EscapeDataString(secret);
                foreach (var path in new[] { $"/{language}/search?q={q}", $"/{language}/search.json?q={q}", $"/api/v1/{language}/search?q={q}" })
                {
                    using var response = await visitor.GetAsync(path);
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
                }
            }
        }
        foreach (var secret in secrets)
        {
            // Typed into the address bar instead: the page is not found, and the request log must not keep the address.
            using var typed = await visitor.GetAsync($"/ar/{secret.Replace(" ", "%20", StringComparison.Ordinal)}");
            using var escaped = await visitor.GetAsync($"/en/faq/{Uri.EscapeDataString(secret)}");
        }
        var ordinary = await visitor.GetDocumentAsync($"/ar/search?q={Uri.EscapeDataString(OrdinaryMiss)}");

        var stored = await app.WithDbAsync(db => db.UnansweredSearches.AsNoTracking().Select(u => u.Text).ToListAsync());
        Assert.Empty(ordinary.QuerySelectorAll(".search-results .results li"));
        Assert.Equal([SearchQueryText.Normalize(OrdinaryMiss)], stored);
        // The request log is written off the request's path: wait for the last line before reading the log.
        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(5),
            () => Task.FromResult(logs.Lines.Any(l => l.StartsWith("GET /ar/search 200", StringComparison.Ordinal)))));
        var log = string.Join('\n', logs.Lines);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, log, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(SearchQueryText.Normalize(secret), log, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Uri.EscapeDataString(secret), log, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("/ar/search?q=zorglub", false)]
    [InlineData("/en/search?q=password", false)]
    [InlineData("/ar/search.json?q=zorglub", true)]
    [InlineData("/api/v1/ar/search?q=zorglub", true)]
    [InlineData("/api/v1/en/search?q=password", true)]
    public async Task AnswersShowingWhatWasTypedAreNotForSharedCaches(string path, bool noStore)
    {
        // A school's proxy or a CDN keeping a copy per query would keep what each visitor typed. The page may stay in
        // the visitor's own browser (private, asked again before each use); what scripts and programs read, nowhere.
        using var app = new MassarApp();
        using var response = await app.CreateVisitor().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cache = response.Headers.CacheControl!;
        Assert.False(cache.Public);
        Assert.True(noStore ? cache.NoStore : cache is { Private: true, NoCache: true }, cache.ToString());
    }

    [Fact]
    public async Task CountsOlderThan90DaysAndRowsTheRuleRefusesAreDeleted()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));
        using var app = new MassarApp(services: s => s.AddSingleton<TimeProvider>(clock));
        async Task<bool> RecordAsync(string query) =>
            await app.WithDbAsync((_, services) => services.GetRequiredService<UnansweredSearches>().RecordAsync("en", query));
        Task<List<string>> StoredAsync() => app.WithDbAsync(db => db.UnansweredSearches.AsNoTracking().OrderBy(u => u.Day).Select(u => u.Text).ToListAsync());

        Assert.True(await RecordAsync("bulletin scolaire")); // 1 January
        clock.Advance(TimeSpan.FromDays(89));
        Assert.True(await RecordAsync("bac libre")); // 31 March: 1 January is the 90th day back, still kept
        Assert.Equal(["bulletin scolaire", "bac libre"], await StoredAsync());
        clock.Advance(TimeSpan.FromDays(1));
        Assert.True(await RecordAsync("bourse")); // 1 April: a new row purges what is past its time
        Assert.Equal(["bac libre", "bourse"], await StoredAsync());

        // A row kept before the rule existed goes at the next purge, as does what has aged meanwhile.
        await app.WithDbAsync(db =>
        {
            db.UnansweredSearches.Add(new UnansweredSearch { Language = "en", Text = "g123456789", Day = new DateOnly(2026, 4, 1), Count = 1, LastSeenAt = clock.GetUtcNow() });
            return db.SaveChangesAsync();
        });
        clock.Advance(TimeSpan.FromDays(89));
        // The site's own daily purge (UnansweredSearchPurge) may run first on a loaded machine: check what is left.
        await app.WithDbAsync((_, services) => services.GetRequiredService<UnansweredSearches>().PurgeAsync());
        Assert.Equal(["bourse"], await StoredAsync());
        Assert.False(await RecordAsync("G123456789"));
    }

    [Fact]
    public async Task AnAddressThatSearchesOnAndOnIsCountedOnlyUpToItsLimitAndStillGetsAnswers()
    {
        // The limit is per clock minute: on the real clock the four searches could straddle one and count a third.
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 9, 15, 10, TimeSpan.Zero));
        using var app = new MassarApp(new() { ["UnansweredSearches:PerAddressPerMinute"] = "2" }, services: s => s.AddSingleton<TimeProvider>(clock));
        var visitor = app.CreateVisitor();
        Task<List<string>> CountedAsync() => app.WithDbAsync(db => db.UnansweredSearches.AsNoTracking().Select(u => u.Text).OrderBy(t => t).ToListAsync());

        var pages = new List<AngleSharp.Dom.IDocument>();
        foreach (var query in new[] { "zorglub", "blork", "frobnitz", "quux" })
        {
            pages.Add(await visitor.GetDocumentAsync($"/en/search?q={query}"));
        }

        Assert.All(pages, page => Assert.StartsWith("No results for", page.QuerySelector(".search-status")!.TextContent, StringComparison.Ordinal));
        Assert.Equal(["blork", "zorglub"], await CountedAsync());

        // The next minute the same address is counted again, up to the same limit.
        clock.Advance(TimeSpan.FromMinutes(1));
        await visitor.GetDocumentAsync("/en/search?q=quux");
        Assert.Equal(["blork", "quux", "zorglub"], await CountedAsync());
    }

    [Theory]
    [InlineData("/ar/", "لا تكتب هنا اسم المستخدم ولا رمز مسار ولا كلمة المرور.")]
    [InlineData("/en/faq", "Never type your Massar username, code or password here.")]
    [InlineData("/en/search?q=zorglub", "Never type your Massar username, code or password here.")]
    [InlineData("/fr/faq", "Ne tapez jamais ici ni votre identifiant, ni votre code Massar, ni votre mot de passe.")]
    public async Task EverySearchBoxSaysNotToTypeAMassarUsernameCodeOrPasswordThere(string path, string warning)
    {
        using var app = new MassarApp();
        var page = await app.CreateVisitor().GetDocumentAsync(path);

        var boxes = page.QuerySelectorAll("form[role=search] input[type=search]");
        Assert.NotEmpty(boxes);
        Assert.All(boxes, box =>
        {
            var described = box.GetAttribute("aria-describedby")!.Split(' ').Select(id => page.GetElementById(id)!.TextContent);
            Assert.Contains(warning, described);
        });
    }
}
