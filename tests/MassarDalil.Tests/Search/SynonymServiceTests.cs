using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Search;

public class SynonymServiceTests
{
    private static Task<T> WithSynonymsAsync<T>(MassarApp app, Func<SynonymService, Task<T>> work) =>
        app.WithDbAsync((_, services) => work(services.GetRequiredService<SynonymService>()));

    [Fact]
    public async Task TheMigrationSeedsTheKnownSpellings()
    {
        using var app = new MassarApp();
        var groups = await WithSynonymsAsync(app, s => s.ListAsync());

        Assert.Contains(groups, g => g.Terms.Take(3).SequenceEqual(["massar", "masar", "مسار"]));
        Assert.Contains(groups, g => g.Terms.Take(3).SequenceEqual(["moutamadris", "motamadris", "متمدرس"]));
        Assert.Contains(groups, g => g.Terms.Take(3).SequenceEqual(["waliye", "wali", "ولي"]));
    }

    [Fact]
    public async Task ANewGroupMakesSearchFindItsOtherTerms()
    {
        using var app = new MassarApp();
        var index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);
        Assert.False((await index.SearchAsync("en", "xylopass")).Found);

        var saved = await WithSynonymsAsync(app, s => s.CreateAsync(SynonymService.ParseTerms("password, mot  de passe،xylopass"), "editor@example.com"));
        index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);

        Assert.True(saved.Saved);
        Assert.Equal(["password", "mot de passe", "xylopass"], saved.Group!.Terms);
        Assert.Equal("forgot-password", (await index.SearchAsync("en", "xylopass")).Hits[0].Key);
        Assert.Equal("forgot-password", (await index.SearchAsync("en", "mot de passe")).Hits[0].Key);
        var audit = await app.WithDbAsync(db => db.Audit.SingleAsync(a => a.Action == SynonymService.AuditAction));
        Assert.Equal("editor@example.com", audit.Actor);
    }

    [Fact]
    public async Task EditingAndDeletingAGroupChangesWhatSearchFinds()
    {
        using var app = new MassarApp();
        var group = (await WithSynonymsAsync(app, s => s.ListAsync())).Single(g => g.Terms.Contains("massar"));

        var updated = await WithSynonymsAsync(app, s => s.UpdateAsync(group.Id, ["massar", "masar", "مسار", "zmassar"], "editor"));
        var index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);
        Assert.True(updated.Saved);
        Assert.Contains("massar-masar-moutamadris", (await index.SearchAsync("en", "zmassar")).Hits.Select(h => h.Key));

        Assert.True(await WithSynonymsAsync(app, s => s.DeleteAsync(group.Id, "editor")));
        index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);
        Assert.Null(await WithSynonymsAsync(app, s => s.FindAsync(group.Id)));
        Assert.DoesNotContain("<mark>مسار</mark>", (await index.SearchAsync("en", "masar")).Hits[0].SnippetHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("massar", SynonymProblem.TooFewTerms)]
    [InlineData("massar, MASSAR", SynonymProblem.TooFewTerms)]
    [InlineData("massar, ???", SynonymProblem.TermWithoutLetters)]
    public async Task BadGroupsAreRefusedWithAReason(string terms, SynonymProblem problem)
    {
        using var app = new MassarApp();
        var result = await WithSynonymsAsync(app, s => s.CreateAsync(SynonymService.ParseTerms(terms), "editor"));

        Assert.False(result.Saved);
        Assert.Equal(problem, result.Problem);
    }

    [Fact]
    public async Task UpdatingAMissingGroupSaysSo()
    {
        using var app = new MassarApp();
        var result = await WithSynonymsAsync(app, s => s.UpdateAsync(999, ["a1", "b2"], "editor"));

        Assert.Equal(SynonymProblem.NotFound, result.Problem);
    }
}
