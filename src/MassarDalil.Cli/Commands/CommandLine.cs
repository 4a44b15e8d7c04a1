using System.Data.Common;
using MassarDalil.Content;
using MassarDalil.Content.Data;
using MassarDalil.Content.Import;
using MassarDalil.Cli.StaticExport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MassarDalil.Cli.Commands;

/// <summary>Dispatches <c>import</c>, <c>validate</c>, <c>export</c>, <c>export-static</c>, <c>backup</c> and <c>restore</c>. Exit codes: 0 done, 1 refused, 2 usage.</summary>
internal static class CommandLine
{
    public const int Ok = 0;
    public const int Refused = 1;
    public const int Usage = 2;

    /// <summary>Written into every content export, so a later export may replace the folder without --force.</summary>
    public const string ExportMarker = ".massar-export";

    private static readonly ExportFolder SeedExportFolder = new("export", ExportMarker);

    /// <summary>Who the audit log names for what an operator does through the CLI (an import, a restore): the system account.</summary>
    public static string Actor => $"cli:{Environment.UserName}";

    private const string Help = """
        usage: massar <command> <path> [--force]    (massar --help: this text)
          import <folder>    check the seed folder, then load it in one transaction (a second run changes nothing)
          validate <folder>  check the seed folder and report every problem as file:line: message; writes nothing
          export <folder>    write the published content to a folder in the seed format; the folder ends up
                             holding this export only (--force replaces a folder that is not a previous export)
          export-static <folder>
                             write the whole public site as files for any static host or CDN; needs
                             --PublicSite:BaseUrl=https://... (--force replaces a folder that is not a
                             previous export)
          backup <file>      copy the SQLite database to a file, safely while the site runs
                             (--force replaces an existing file)
          restore <file>     copy a backup over the database, after rehearsing on a copy (checked, migrated,
                             read); refused, with the reason, when that fails or when the database holds
                             newer work than the backup (--force restores anyway)
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        if (args is ["--help" or "-h" or "help"])
        {
            await output.WriteLineAsync(Help);
            return Ok;
        }
        if (CommandArguments.Parse(args) is not { } arguments)
        {
            await errors.WriteLineAsync(Help);
            return Usage;
        }
        // The web host's own rules for its settings (Database:Provider, ConnectionStrings:Content...), before any is used.
        if (ConfigurationCheck.Problem(services) is { } problem)
        {
            await errors.WriteLineAsync($"{arguments.Command} refused: {problem}");
            return Refused;
        }
        try
        {
            return await RunAsync(services, arguments, output, errors);
        }
        catch (Exception e) when (DatabaseFaults.Classify(e) == DatabaseFault.Unreachable)
        {
            var provider = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
            await errors.WriteLineAsync($"{arguments.Command} failed, nothing was changed: the {provider} database of ConnectionStrings:Content cannot be reached: {DatabaseFaults.Reason(e)}");
            return Refused;
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or IOException or UnauthorizedAccessException or DbException)
        {
            await errors.WriteLineAsync($"{arguments.Command} failed, nothing was changed: {e.GetBaseException().Message}");
            return Refused;
        }
    }

    private static async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, TextWriter errors)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var (command, folder) = (arguments.Command, arguments.Path);
        switch (command)
        {
            case "backup":
                return await BackupCommands.BackupAsync(provider, arguments, output, errors);
            case "restore":
                return await BackupCommands.RestoreAsync(provider, arguments, output, errors);
            case "export-static":
                return await StaticExportCommand.RunAsync(provider, arguments, output, errors);
            case "validate":
                return Report(SeedFolderReader.Read(folder), output, errors) ? Ok : Refused;
            case "import":
                var result = SeedFolderReader.Read(folder);
                if (!Report(result, output, errors))
                {
                    await errors.WriteLineAsync("nothing was imported");
                    return Refused;
                }
                await provider.GetRequiredService<ContentDbContext>().Database.MigrateAsync();
                var summary = await provider.GetRequiredService<SeedImporter>().ImportAsync(result.Set!, Actor);
                await output.WriteAsync(summary.ToString());
                foreach (var warning in summary.Warnings)
                {
                    await output.WriteLineAsync($"warning: {ProblemText.Line(warning)}");
                }
                await output.WriteLineAsync(summary.ChangedAnything ? "imported" : "nothing to change");
                return Ok;
            case "export":
                return await ExportAsync(provider, arguments, output, errors);
            default:
                await errors.WriteLineAsync($"unknown command '{command}'\n{Help}");
                return Usage;
        }
    }

    /// <summary>The published content in the seed format; the folder ends up holding this export and nothing else.</summary>
    private static async Task<int> ExportAsync(IServiceProvider provider, CommandArguments arguments, TextWriter output, TextWriter errors)
    {
        var target = ExportFolder.Target(arguments.Path);
        if (SeedExportFolder.Refusal(target, arguments.Force) is { } refusal)
        {
            await errors.WriteLineAsync(refusal);
            return Refused;
        }
        await provider.GetRequiredService<ContentDbContext>().Database.MigrateAsync();
        var (written, skipped) = await ExportFolder.BuildAsync(target, async building =>
        {
            var counts = await provider.GetRequiredService<SeedExporter>().ExportAsync(building);
            await File.WriteAllTextAsync(Path.Combine(building, ExportMarker), "Massar Dalil content export (seed format). export may replace this folder.\n");
            return counts;
        });
        await output.WriteLineAsync($"exported {written} pages to {arguments.Path}" + (skipped > 0 ? $" ({skipped} never published, skipped)" : ""));
        return Ok;
    }

    /// <summary>Prints problems; true when there are no errors.</summary>
    private static bool Report(SeedReadResult result, TextWriter output, TextWriter errors)
    {
        foreach (var error in result.Errors)
        {
            errors.WriteLine(ProblemText.Line(error));
        }
        foreach (var warning in result.Warnings)
        {
            output.WriteLine($"warning: {ProblemText.Line(warning)}");
        }
        if (result.IsValid)
        {
            output.WriteLine($"{result.Set!.Pages.Count} pages, {result.Set.Pages.Sum(p => p.Content.AllQuestions.Count())} questions: valid");
        }
        else
        {
            errors.WriteLine($"{result.Errors.Count} problem(s)");
        }
        return result.IsValid;
    }
}
