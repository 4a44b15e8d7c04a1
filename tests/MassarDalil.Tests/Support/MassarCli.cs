using MassarDalil.Cli.Commands;

namespace MassarDalil.Tests.Support;

/// <summary>What the operator sees from one run of the import script.</summary>
public sealed record CliResult(int ExitCode, string Output, string Errors);

/// <summary>
/// Runs the CLI in-process, as <c>dotnet run --project src/MassarDalil.Cli -- ...</c> would,
/// on a SQLite file of the test's choosing.
/// </summary>
public static class MassarCli
{
    public static Task<CliResult> RunAsync(string databasePath, params string[] args) =>
        RunWithSettingsAsync(new Dictionary<string, string?> { ["ConnectionStrings:Content"] = $"Data Source={databasePath}" }, args);

    /// <summary>Runs with these settings (the database's among them), as environment variables would give them.</summary>
    public static async Task<CliResult> RunWithSettingsAsync(Dictionary<string, string?> settings, params string[] args)
    {
        using var host = MassarDalil.Cli.Program.BuildHost(args, settings);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await CommandLine.RunAsync(host.Services, args, output, errors);
        // A real CLI process closes its SQLite connections as it exits, and the last close checkpoints the WAL
        // into the database file; in-process the pool would keep them, and that write would land in a later step.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return new CliResult(exitCode, output.ToString(), errors.ToString());
    }
}
