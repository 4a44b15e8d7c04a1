using System.Diagnostics;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Operations;

/// <summary>
/// A setting the site cannot use stops its start with one line on stderr naming it, and exit code 1, not a stack
/// trace and an abort. Run as a process: the check is in Program.cs, past the point where WebApplicationFactory
/// takes the host over.
/// </summary>
public class ConfigurationMistakeTests
{
    public static TheoryData<string, string, string> Mistakes => new()
    {
        { "Database__Provider", "MySql", "Database:Provider must be 'Sqlite' or 'Postgres', written exactly so" },
        { "Admin__Email", "not-an-email", "Admin:Email must be an e-mail address, such as admin@example.org" },
        { "Shutdown__Timeout", "abc", "Failed to convert configuration value 'abc' at 'Shutdown:Timeout' to type 'System.TimeSpan'" },
        { "Shutdown__Timeout", "-00:00:01", "Shutdown:Timeout must be positive, such as 00:00:30" },
        { "ConnectionStrings__Content", "Data Sourc=massar.db", "ConnectionStrings:Content is not a Sqlite connection string: Connection string keyword 'data sourc' is not supported" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task TheSiteRefusesToStartInOneLineNamingTheSetting(string variable, string value, string said)
    {
        using var database = new TestDatabase();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MassarDalil.Web.dll"));
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ConnectionStrings__Content"] = $"Data Source={database.Path}";
        start.Environment[variable] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true); // it started serving: the mistake was not caught
            }
        }

        Assert.Equal(1, process.ExitCode);
        var lines = (await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"Massar Dalil did not start: {said}", Assert.Single(lines), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", await output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(database.Folder));
    }
}
