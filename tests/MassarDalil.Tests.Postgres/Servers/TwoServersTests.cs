using System.Diagnostics;
using System.Net;
using MassarDalil.Content.Data;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace MassarDalil.Tests.Postgres.Servers;

/// <summary>Two web servers on one PostgreSQL database, as behind a load balancer: no Redis, no sticky sessions.</summary>
public class TwoServersTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ASignInMadeOnOneServerIsValidOnTheOther()
    {
        using var a = ManagerAccess.NewApp();
        using var b = new MassarApp(Admin(a.DatabaseSettings));
        var cookies = new CookieContainer();
        using var onA = a.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var onB = b.CreateDefaultClient(new CookieContainerHandler(cookies));
        using (var before = await onB.GetAsync("/manager"))
        {
            Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        }

        // The sign-in form comes from B (its antiforgery token made there) and is posted to A.
        var form = await onB.GetDocumentAsync("/manager/login");
        using (var signIn = await onA.SubmitAsync(form, "#login-form", new Dictionary<string, string>
        {
            ["Input.Email"] = ManagerAccess.AdminEmail,
            ["Input.Password"] = ManagerAccess.AdminPassword,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using var dashboard = await onB.GetAsync("/manager");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal(1, await a.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    [Fact]
    public async Task APublishOnOneServerReachesTheOthersPagesAndSearchWithinTwoSeconds()
    {
        using var a = new MassarApp();
        using var b = new MassarApp(new(a.DatabaseSettings));
        var visitor = b.CreateVisitor();
        // Warm B's output cache and search index on the old content.
        Assert.DoesNotContain("quokka", await visitor.GetStringAsync("/en/faq"), StringComparison.Ordinal);
        Assert.Empty((await visitor.GetDocumentAsync("/en/search?q=quokka")).QuerySelectorAll(".search-results .results li"));

        await a.PublishAsync("en", "faq", c => c.WithFirstAnswer("Published on server A, about a quokka."));
        var clock = Stopwatch.StartNew();

        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(10), async () =>
            (await visitor.GetStringAsync("/en/faq")).Contains("about a quokka", StringComparison.Ordinal)), "B never served the new answer");
        var page = clock.Elapsed;
        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(10), async () =>
            (await visitor.GetDocumentAsync("/en/search?q=quokka")).QuerySelectorAll(".search-results .results li").Length == 1), "B's search never found it");
        var search = clock.Elapsed;
        output.WriteLine($"publish on A: page on B after {page.TotalMilliseconds:0} ms, search on B after {search.TotalMilliseconds:0} ms");
        Assert.True(page < TimeSpan.FromSeconds(2) + Eventually.Slack, $"page on B after {page}");
        Assert.True(search < TimeSpan.FromSeconds(2) + Eventually.Slack, $"search on B after {search}");
    }

    [Fact]
    public async Task TwoServersStartingTogetherOnAnEmptyDatabaseMigrateAndSeedItOnce()
    {
        using var database = PostgresTestDatabase.CreateEmpty();
        var settings = Admin(new Dictionary<string, string?> { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Content"] = database.ConnectionString });
        using var a = new MassarApp(settings);
        using var b = new MassarApp(settings);

        await Task.WhenAll(Task.Run(() => a.Services), Task.Run(() => b.Services));

        foreach (var app in new[] { a, b })
        {
            using var ready = await app.CreateVisitor().GetAsync("/healthz/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal(34, (await app.CreateVisitor().GetDocumentAsync("/en/faq")).QuerySelectorAll("details.question").Length);
        }
        Assert.Equal(12, await a.WithDbAsync(db => db.Pages.CountAsync())); // 6 pages, 3 sites' texts and 3 navigations
        Assert.Equal(1, await a.WithDbAsync(db => db.Audit.CountAsync(e => e.Action == "import" && e.Actor == DatabaseInitializer.SeedActor)));
        Assert.Equal(1, await a.WithDbAsync(db => db.Users.CountAsync()));
        // The seed's lexicon.yml (one group per "  - " line) replaces the starting groups: once, not once per server.
        var lexiconGroups = File.ReadLines(Path.Combine(TestPaths.Seed, "lexicon.yml")).Count(line => line.StartsWith("  - ", StringComparison.Ordinal));
        Assert.Equal(lexiconGroups, await a.WithDbAsync(db => db.SynonymGroups.CountAsync()));
        Assert.Equal(1, await a.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    [Fact]
    public async Task AServerWaitsForTheStartupLockHeldByAnother()
    {
        using var database = PostgresTestDatabase.CreateEmpty();
        using var app = new MassarApp(new() { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Content"] = database.ConnectionString });
        // Unpooled, so closing it ends the session, and the lock with it.
        await using var other = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString());
        await other.OpenAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({StartupLock.AdvisoryKey})", other))
        {
            await take.ExecuteScalarAsync();
        }

        var starting = Task.Run(() => app.Services);
        // The server's session queues behind the holder's: PostgreSQL shows its advisory lock as not granted.
        await using (var waiting = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", other))
        {
            Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(20), async () => starting.IsCompleted || (long)(await waiting.ExecuteScalarAsync())! > 0),
                "the server never asked for the start-up lock");
        }
        Assert.False(starting.IsCompleted, "the server started while another held the start-up lock");
        await using (var tables = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_name = 'Pages'", other))
        {
            Assert.Equal(0L, await tables.ExecuteScalarAsync());
        }

        await other.CloseAsync(); // the holder goes away; so does its lock
        await starting.WaitAsync(TimeSpan.FromMinutes(1)); // as long as MassarApp gives a first start-up: migrating and seeding on a loaded machine
        // Started by the first attempt, which waited for the lock, rather than by a retry after giving up.
        using var ready = await app.CreateVisitor().GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(12, await app.WithDbAsync(db => db.Pages.CountAsync())); // 6 pages, 3 sites' texts and 3 navigations
    }

    [Fact]
    public async Task SynonymGroupsAddedByEditorsGetIdsAfterTheSeededOnes()
    {
        using var app = new MassarApp();

        var id = await app.WithDbAsync(async db =>
        {
            var group = new MassarDalil.Content.Search.SynonymGroup { Terms = ["bulletin", "relevé"], UpdatedAt = DateTimeOffset.UtcNow, UpdatedBy = "test" };
            db.SynonymGroups.Add(group);
            await db.SaveChangesAsync();
            return group.Id;
        });

        Assert.True(id > 4, $"new group got id {id}");
    }

    private static Dictionary<string, string?> Admin(IReadOnlyDictionary<string, string?> database) => new(database)
    {
        ["Admin:Email"] = ManagerAccess.AdminEmail,
        ["Admin:Password"] = ManagerAccess.AdminPassword,
    };
}
