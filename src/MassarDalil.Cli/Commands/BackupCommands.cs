using MassarDalil.Content;
using MassarDalil.Content.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Cli.Commands;

/// <summary>
/// <c>backup</c> and <c>restore</c> through SQLite's online backup API: it copies a consistent snapshot page by
/// page under SQLite's own locks, so both are safe while the site is running, unlike copying the file.
/// </summary>
internal static class BackupCommands
{
    public static async Task<int> BackupAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, TextWriter errors)
    {
        if (await RefusedOnPostgresAsync(services, "backup", "pg_dump", errors))
        {
            return CommandLine.Refused;
        }
        var database = DatabasePath(services);
        var target = Path.GetFullPath(arguments.Path);
        if (!File.Exists(database))
        {
            await errors.WriteLineAsync($"backup refused: there is no database at {database}");
            return CommandLine.Refused;
        }
        if (File.Exists(target) && !arguments.Force)
        {
            await errors.WriteLineAsync($"backup refused: {target} already exists; choose another file, or add --force to replace it");
            return CommandLine.Refused;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Written beside the target and moved into place, so an interrupted backup never looks like a finished one.
        var partial = target + ".partial";
        File.Delete(partial);
        await using (var source = SqliteFile.Open(database, SqliteOpenMode.ReadWrite))
        await using (var copy = SqliteFile.Open(partial, SqliteOpenMode.ReadWriteCreate))
        {
            await SqliteFile.CopyAsync(source, copy);
        }
        File.Move(partial, target, overwrite: true);
        var state = await DatabaseState.ReadAsync(target);
        await output.WriteLineAsync($"backed up {database} to {target}: {state}");
        return CommandLine.Ok;
    }

    public static async Task<int> RestoreAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, TextWriter errors)
    {
        if (await RefusedOnPostgresAsync(services, "restore", "pg_restore", errors))
        {
            return CommandLine.Refused;
        }
        var database = DatabasePath(services);
        var backup = Path.GetFullPath(arguments.Path);
        if (!File.Exists(backup))
        {
            await errors.WriteLineAsync($"restore refused: there is no backup at {backup}");
            return CommandLine.Refused;
        }
        // Rehearsed on a copy beside the database (the same disk, so space and permissions are the live file's);
        // only a copy that opened, migrated and read cleanly replaces the database.
        var copy = $"{database}.restore-{Guid.NewGuid():N}";
        try
        {
            var rehearsal = await RestoreRehearsal.RunAsync(backup, copy);
            if (rehearsal.State is not { } restored)
            {
                await errors.WriteLineAsync($"restore refused, the database was not changed: {backup} is not a Massar Dalil database backup this version can restore: {rehearsal.Problem}");
                return CommandLine.Refused;
            }
            var current = File.Exists(database) ? await DatabaseState.ReadAsync(database) : null;
            if (current is not null && current.IsNewerThan(restored) && !arguments.Force)
            {
                await errors.WriteLineAsync($"""
                    restore refused: the database holds newer work than the backup, and restoring would lose it.
                      database: {current}
                      backup:   {restored}
                    Take a backup of the database first; then add --force to restore anyway.
                    """);
                return CommandLine.Refused;
            }
            // The backup API writes the whole copy in one transaction on the live file, so the running site's
            // connections see either the old database or the restored one, and it notices the change within a second.
            // The copy is already at this version's schema: nothing is left to migrate on the live file.
            ContentVersion version;
            await using (var live = SqliteFile.Open(database, SqliteOpenMode.ReadWriteCreate))
            {
                // Read from the live file just before the copy, so a publish since the check above is counted too.
                // A publish landing between this read and the copy would get the restore's number, and the server that
                // made it would keep its snapshot until the next change: a window of milliseconds, left open because the
                // backup API cannot hold the live file's write lock across both steps.
                var replaced = await RestoredVersion.ReadAsync(live);
                version = await RestoredVersion.StampAsync(copy, restored.Version, replaced, services.GetRequiredService<TimeProvider>().GetUtcNow());
                await RestoreRecord.WriteAsync(copy, backup, restored.Version, replaced, version, CommandLine.Actor);
                await using var source = SqliteFile.Open(copy, SqliteOpenMode.ReadOnly);
                await SqliteFile.CopyAsync(source, live);
            }
            await output.WriteLineAsync($"restored {backup} to {database}: {restored with { Version = version.Number, ChangedAt = version.ChangedAt, LastAction = version.ChangedAt }}");
            return CommandLine.Ok;
        }
        finally
        {
            foreach (var file in new[] { copy, copy + "-wal", copy + "-shm", copy + "-journal" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<bool> RefusedOnPostgresAsync(IServiceProvider services, string command, string tool, TextWriter errors)
    {
        var provider = services.GetRequiredService<IConfiguration>()[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"];
        if (string.Equals(provider, DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            await errors.WriteLineAsync($"{command} refused: it copies a SQLite database, and Database:Provider is Postgres; use PostgreSQL's own {tool} instead");
            return true;
        }
        return false;
    }

    private static string DatabasePath(IServiceProvider services) =>
        new SqliteConnectionStringBuilder(services.GetRequiredService<ContentDbContext>().Database.GetConnectionString()).DataSource;
}
