using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Cli;

/// <summary>
/// <c>restore</c> rehearses on a copy and replaces the database only when the copy opened, migrated and read cleanly.
/// A file holding only some tables once passed, replaced the database, failed to migrate, and left it without its
/// users, pages and keys while saying "nothing was changed".
/// </summary>
public sealed class RestoreCheckTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestDatabase _backup = new();

    public static TheoryData<string, string> BadBackups => new()
    {
        { "empty", "the file is empty" },
        { "not-sqlite", "SQLite cannot read it (file is not a database)" },
        { "truncated", "SQLite cannot read it" },
        { "only-some-tables", "it has no migration history (__EFMigrationsHistory)" },
        { "missing-table", "it has no table AspNetUsers" },
        { "missing-column", "its table Pages has no column DraftUpdatedBy" },
        { "unknown-migration", "its migration history names 20261001000000_Mystery, a migration this version of Massar Dalil does not know" },
        { "newer-migration", "it was made by a newer version of Massar Dalil (migration 20991231000000_FromTheFuture" },
    };

    [Theory]
    [MemberData(nameof(BadBackups))]
    public async Task ABackupThatCannotBeRestoredWhollyIsRefusedWithTheReasonAndTheDatabaseIsUntouched(string kind, string reason)
    {
        await MassarCli.RunAsync(_database.Path, "import", TestPaths.Seed);
        await MakeBackupAsync(kind);
        var bytes = await File.ReadAllBytesAsync(_database.Path);
        var rows = await _database.DumpAsync();

        // --force: not even the operator's override may replace the database with a file that would not work.
        var result = await MassarCli.RunAsync(_database.Path, "restore", _backup.Path, "--force");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"restore refused, the database was not changed: {_backup.Path} is not a Massar Dalil database backup this version can restore: ", result.Errors, StringComparison.Ordinal);
        Assert.Contains(reason, result.Errors, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(_database.Path));
        Assert.Equal(rows, await _database.DumpAsync());
        Assert.Empty(Directory.GetFiles(_database.Folder, "*.restore-*")); // the rehearsal's copy is gone
    }

    [Fact]
    public async Task ABackupFromAnOlderVersionIsMigratedOnTheCopyAndRestoredWhole()
    {
        await MassarCli.RunAsync(_database.Path, "import", TestPaths.Seed);
        Assert.Equal(0, (await MassarCli.RunAsync(_database.Path, "backup", _backup.Path)).ExitCode);
        // As made before the last migration, which added the shared data-protection keys.
        await _backup.ExecuteAsync("DROP TABLE DataProtectionKeys; DELETE FROM __EFMigrationsHistory WHERE MigrationId LIKE '%_SharedDataProtectionKeys'");
        await _database.ExecuteAsync("DELETE FROM Pages WHERE Type = 'home'");

        var result = await MassarCli.RunAsync(_database.Path, "restore", _backup.Path, "--force");

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.Equal(12, await _database.CountAsync("SELECT COUNT(*) FROM Pages")); // 6 pages, 3 sites' texts and 3 navigations
        Assert.Equal(0, await _database.CountAsync("SELECT COUNT(*) FROM DataProtectionKeys"));
        Assert.Equal(1, await _database.CountAsync("SELECT COUNT(*) FROM __EFMigrationsHistory WHERE MigrationId LIKE '%_SharedDataProtectionKeys'"));
        Assert.Empty(Directory.GetFiles(_database.Folder, "*.restore-*")); // the rehearsal's copy is gone
    }

    private async Task MakeBackupAsync(string kind)
    {
        Directory.CreateDirectory(_backup.Folder);
        switch (kind)
        {
            case "empty":
                await File.WriteAllBytesAsync(_backup.Path, []);
                return;
            case "not-sqlite":
                await File.WriteAllTextAsync(_backup.Path, "id,title\n1,not a database\n");
                return;
        }
        Assert.Equal(0, (await MassarCli.RunAsync(_database.Path, "backup", _backup.Path)).ExitCode);
        switch (kind)
        {
            case "truncated":
                var whole = await File.ReadAllBytesAsync(_backup.Path);
                await File.WriteAllBytesAsync(_backup.Path, whole[..(whole.Length / 2)]);
                break;
            case "only-some-tables":
                var keep = new[] { "ContentState", "Audit", "Pages" };
                var tables = (await _backup.QueryAsync("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
                    .Select(row => (string)row[0]!).Where(name => !keep.Contains(name));
                await _backup.ExecuteAsync("PRAGMA foreign_keys = OFF;" + string.Concat(tables.Select(name => $"DROP TABLE \"{name}\";")));
                break;
            case "missing-table":
                await _backup.ExecuteAsync("DROP TABLE AspNetUsers");
                break;
            case "missing-column":
                await _backup.ExecuteAsync("ALTER TABLE Pages DROP COLUMN DraftUpdatedBy");
                break;
            case "unknown-migration":
                await _backup.ExecuteAsync("INSERT INTO __EFMigrationsHistory VALUES ('20261001000000_Mystery', '10.0.15')");
                break;
            case "newer-migration":
                await _backup.ExecuteAsync("INSERT INTO __EFMigrationsHistory VALUES ('20991231000000_FromTheFuture', '11.0.0')");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    public void Dispose()
    {
        _database.Dispose();
        _backup.Dispose();
    }
}
