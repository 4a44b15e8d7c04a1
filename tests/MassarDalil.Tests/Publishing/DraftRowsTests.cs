using System.Data.Common;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Publishing;

/// <summary>
/// An FAQ draft's questions are rows of their own (DraftQuestions): a save that names its question reads and writes
/// that question's row and the page's, not the whole FAQ, and the draft reads back exactly as saved (issue 16.6).
/// </summary>
public class DraftRowsTests
{
    private static Func<PageContent, PageContent> Answer(string key, string text) =>
        c => FaqChanges.ReplaceQuestion(c, key, c.AllQuestions.First(q => q.Key == key) with { Answer = text });

    [Fact]
    public async Task AOneQuestionSaveWritesThatQuestionsRowAndThePageRowOnly()
    {
        var commands = new Commands();
        using var app = new MassarApp(services: s => s.AddContentInterceptor(commands));
        var (before, pageId, version) = await app.WithDbAsync(async db =>
        {
            var page = await db.Pages.AsNoTracking().SingleAsync(p => p.SiteKey == "en" && p.Type == PageType.Faq);
            return (page.Draft, page.Id, page.DraftVersion);
        });

        commands.Start();
        var saved = await app.WithDbAsync((_, services) => services.GetRequiredService<PageEditor>()
            .SavePartAsync(pageId, version, Answer("wrong-grade", "Ask your teacher."), "editor@massar.test", touches: ["wrong-grade"]));
        var seen = commands.Stop();

        Assert.Equal(SaveStatus.Saved, saved.Status);
        // Batched with the page row and the audit entry on PostgreSQL, alone on SQLite: counted by statement.
        var writes = string.Join(";\n", seen.Where(c => !c.Text.TrimStart().StartsWith("SELECT", StringComparison.Ordinal)).Select(c => c.Text));
        Assert.Equal((1, 0, 0), (Occurrences(writes, "UPDATE \"DraftQuestions\""), Occurrences(writes, "INSERT INTO \"DraftQuestions\""), Occurrences(writes, "DELETE FROM \"DraftQuestions\"")));
        Assert.Equal(1, Occurrences(writes, "UPDATE \"Pages\""));
        // Only that question's text was read, and what was written is a small part of the FAQ.
        var reads = seen.Where(c => c.Text.Contains("\"Answer\"", StringComparison.Ordinal) && c.Text.Contains("FROM \"DraftQuestions\"", StringComparison.Ordinal)).ToList();
        Assert.All(reads, r => Assert.Contains("\"Key\"", r.Text[r.Text.IndexOf("WHERE", StringComparison.Ordinal)..], StringComparison.Ordinal));
        var whole = before.AllQuestions.Sum(q => q.Answer.Length + q.Question.Length);
        var written = seen.Where(c => !c.Text.TrimStart().StartsWith("SELECT", StringComparison.Ordinal)).Sum(c => c.Bytes);
        Assert.True(written < whole / 4, $"{written} characters written for a FAQ of {whole}");

        var after = await app.WithDbAsync(db => db.Pages.AsNoTracking().SingleAsync(p => p.Id == pageId));
        Assert.True(after.Draft.Equivalent(Answer("wrong-grade", "Ask your teacher.")(before)));
        Assert.Equal(version + 1, after.DraftVersion);
        // The step a later save merges against is in the page row, though its text did not change.
        Assert.Equal((version + 1, "wrong-grade"), (after.Draft.History![^1].Version, Assert.Single(after.Draft.History[^1].Questions!).Key));
    }

    [Fact]
    public async Task NamedSavesThatMoveOrAddQuestionsStoreTheSameDraftAsAWholeSave()
    {
        using var app = new MassarApp();
        var (expected, stored) = await app.WithDbAsync(async (db, services) =>
        {
            var page = await db.Pages.AsNoTracking().SingleAsync(p => p.SiteKey == "en" && p.Type == PageType.Faq);
            var editor = services.GetRequiredService<PageEditor>();
            var (topic, other) = (page.Draft.Topics[0], page.Draft.Topics[^1]);
            var key = topic.Questions[0].Key;
            Func<PageContent, PageContent> move = c => FaqChanges.MoveQuestion(FaqChanges.ReplaceQuestion(c, key, c.AllQuestions.First(q => q.Key == key) with { Question = "Moved?" }), key, other.Key);
            var moved = await editor.SavePartAsync(page.Id, page.DraftVersion, move, "a@massar.test", touches: [key]);
            var add = (Func<PageContent, PageContent>)(c => FaqChanges.AddQuestion(c, topic.Key, new FaqQuestion("", "A new question?", "Its answer.")));
            var added = await editor.SavePartAsync(page.Id, moved.Version, add, "a@massar.test", touches: []);
            // Beyond what it names (a topic's questions reversed): saved with the whole draft, nothing lost.
            var reverse = (Func<PageContent, PageContent>)(c => c with { Topics = [.. c.Topics.Select((t, i) => i == 1 ? t with { Questions = [.. t.Questions.Reverse()] } : t)] });
            var reversed = await editor.SavePartAsync(page.Id, added.Version, reverse, "a@massar.test", touches: []);
            Assert.All(new[] { moved, added, reversed }, r => Assert.Equal(SaveStatus.Saved, r.Status));
            var expected = reverse(FaqKeys.FillMissing(add(move(page.Draft with { History = null }))));
            db.ChangeTracker.Clear();
            return (expected, (await db.Pages.AsNoTracking().SingleAsync(p => p.Id == page.Id)).Draft);
        });

        Assert.True(stored.Equivalent(expected));
        Assert.Equal(expected.AllQuestions.Select(q => q.Key), stored.AllQuestions.Select(q => q.Key));
        Assert.DoesNotContain(stored.AllQuestions, q => q.Answer == "\u2026" || q.Question == "\u2026");
    }

    [SkippableFact]
    public async Task ADraftStoredWholeByThePreviousMigrationReadsAsItWasAndBecomesRowsAtItsNextSave()
    {
        Skip.If(TestProvider.IsPostgres, "rewinds a SQLite file to the previous migration's shape");
        using var database = new TestDatabase();
        SeededTemplate.CopySqliteTo(database.Path);
        // The database as the migration before DraftQuestions left it: each draft whole in its page's row.
        await database.ExecuteAsync(
            "UPDATE Pages SET Draft = (SELECT Content FROM Revisions WHERE Revisions.Id = Pages.PublishedRevisionId) WHERE Type = 'faq';" +
            "DROP TABLE DraftQuestions; DELETE FROM __EFMigrationsHistory WHERE MigrationId LIKE '%_DraftQuestions';");
        using var app = new MassarApp(databasePath: database.Path);

        var (published, read) = await app.WithDbAsync(async db =>
        {
            var page = await db.Pages.AsNoTracking().Include(p => p.PublishedRevision).SingleAsync(p => p.SiteKey == "ar" && p.Type == PageType.Faq);
            return (page.PublishedRevision!.Content, page);
        });
        Assert.True(read.Draft.Equivalent(published));
        Assert.Equal(0, await database.CountAsync($"SELECT COUNT(*) FROM DraftQuestions WHERE PageId = {read.Id}"));

        var key = published.AllQuestions.Skip(3).First().Key;
        var saved = await app.WithDbAsync((_, services) => services.GetRequiredService<PageEditor>()
            .SavePartAsync(read.Id, read.DraftVersion, Answer(key, "جواب جديد."), "editor@massar.test", touches: [key]));

        Assert.Equal(SaveStatus.Saved, saved.Status);
        Assert.Equal(published.AllQuestions.Count(), await database.CountAsync($"SELECT COUNT(*) FROM DraftQuestions WHERE PageId = {read.Id}"));
        var after = await app.WithDbAsync(db => db.Pages.AsNoTracking().SingleAsync(p => p.Id == read.Id));
        Assert.True(after.Draft.Equivalent(Answer(key, "جواب جديد.")(published)));
        Assert.DoesNotContain("جواب جديد", (await database.QueryAsync($"SELECT Draft FROM Pages WHERE Id = {read.Id}"))[0][0] as string, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;

    /// <summary>The commands sent while started, with the characters of their text parameters.</summary>
    private sealed class Commands : DbCommandInterceptor
    {
        private readonly List<(string Text, int Bytes)> _seen = [];
        private volatile bool _on;

        public void Start() => _on = true;

        public IReadOnlyList<(string Text, int Bytes)> Stop()
        {
            _on = false;
            lock (_seen)
            {
                return [.. _seen];
            }
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Record(DbCommand command)
        {
            if (!_on)
            {
                return;
            }
            var bytes = command.Parameters.Cast<DbParameter>().Sum(p => (p.Value as string)?.Length ?? 0);
            lock (_seen)
            {
                _seen.Add((command.CommandText, bytes));
            }
        }
    }
}
