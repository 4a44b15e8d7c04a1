using MassarDalil.Content.Problems;
using MassarDalil.Content.Import;
using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Search;

/// <summary>The lexicon: seed/lexicon.yml, imported as the synonym groups editors change, applied when indexing and searching.</summary>
public class LexiconTests
{
    [Theory]
    [InlineData("النقاط")]
    [InlineData("نقاط")]
    [InlineData("noqat")]
    [InlineData("النقطة")]
    public async Task AVariantOfGradesFindsTheGradesQuestionsThatSayالنقط(string query)
    {
        using var app = new MassarApp();

        var results = await app.Services.GetRequiredService<SearchIndex>().SearchAsync("ar", query);

        Assert.False(results.Closest);
        Assert.Equal("grades", results.Hits[0].TopicKey);
    }

    [Theory]
    [InlineData("الاختيارات")]
    [InlineData("الرغبات")]
    public async Task PluralsOfChoiceAndWishFindTheOrientationQuestions(string query)
    {
        using var app = new MassarApp();

        var results = await app.Services.GetRequiredService<SearchIndex>().SearchAsync("ar", query);

        Assert.Equal("orientation", results.Hits[0].TopicKey);
    }

    [Fact]
    public async Task TheSeedsLexiconIsImportedAsSynonymGroupsEditorsSee()
    {
        using var app = new MassarApp();

        var groups = await app.WithDbAsync(db => db.SynonymGroups.AsNoTracking().Select(g => g.Terms).ToListAsync());

        Assert.Contains(groups, g => g[0] == "نقط" && g.Contains("النقاط"));
        Assert.Contains(groups, g => g.Contains("القن السري"));
    }

    [Fact]
    public async Task AGroupAnEditorAddsChangesSearchAfterTheRebuild()
    {
        using var app = new MassarApp();
        var index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);
        Assert.False((await index.SearchAsync("ar", "lbare")).Found);

        await app.WithDbAsync((_, services) => services.GetRequiredService<SynonymService>().CreateAsync(["عتبة", "lbare"], "editor"));
        index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);

        Assert.Equal("pass-mark", (await index.SearchAsync("ar", "lbare")).Hits[0].Key);
    }

    [Fact]
    public void AWordInTwoGroupsIsReportedAtItsLine()
    {
        var problems = new List<Problem>();

        LexiconFileParser.Parse("seed/lexicon.yml", "groups:\n  - نقط, نقاط\n  - معدل, نقاط\n", problems);

        var problem = Assert.Single(problems);
        Assert.StartsWith("seed/lexicon.yml:3: 'نقاط' is already in the group at line 2", problem.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheExportedLexiconReadsBackAsTheSameGroups()
    {
        IReadOnlyList<IReadOnlyList<string>> groups = [["نقط", "النقاط", "notes"], ["كلمة المرور", "mot de passe", "say \"hi\": #1"]];
        var problems = new List<Problem>();

        var read = LexiconFileParser.Parse("lexicon.yml", LexiconFileParser.Write(groups), problems);

        Assert.Empty(problems);
        Assert.Equal(groups, read);
    }
}
