using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Operations;

/// <summary>
/// A setting the site cannot use, or an address another process holds, stops its start with one line on stderr naming
/// it, and exit code 1, not a stack trace and an abort. Run as a process: the check is in Program.cs, past the point where WebApplicationFactory
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

        var (exitCode, output, errors) = await StartSiteAsync(database, "http://127.0.0.1:0", (variable, value));

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"Massar Dalil did not start: {said}", Assert.Single(errors), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(database.Folder));
    }

    [Fact]
    public async Task AnAddressAnotherProcessHoldsStopsTheStartInOneLineNamingIt()
    {
        using var database = new TestDatabase();
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}";

        var (exitCode, output, errors) = await StartSiteAsync(database, address);

        // Exit code 1, not an abort (it was SIGABRT, with the stack twice); the log keeps the host's own record, once.
        Assert.Equal(1, exitCode);
        Assert.Equal($"Massar Dalil did not start: Failed to bind to address {address}: address already in use.", Assert.Single(errors));
        Assert.Single(output.Split('\n'), line => line.Contains("Hosting failed to start", StringComparison.Ordinal));
    }

    /// <summary>The built site as a process on <paramref name="urls"/>, until it exits (a minute at most: then it was serving, and is stopped).</summary>
    private static async Task<(int ExitCode, string Output, string[] Errors)> StartSiteAsync(TestDatabase database, string urls,
        params (string Variable, string Value)[] settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MassarDalil.Web.dll"));
        start.Environment["ASPNETCORE_URLS"] = urls;
        start.Environment["ConnectionStrings__Content"] = $"Data Source={database.Path}";
        foreach (var (variable, value) in settings)
        {
            start.Environment[variable] = value;
        }

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
        return (process.ExitCode, await output, (await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
