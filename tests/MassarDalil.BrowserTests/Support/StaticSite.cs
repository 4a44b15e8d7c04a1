using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MassarDalil.Cli.Commands;
using MassarDalil.Content.Data;

namespace MassarDalil.BrowserTests.Support;

/// <summary>
/// The seeded site exported with <c>massar export-static</c> and served by Python's plain static file server,
/// so no .NET answers a single request. One per test class: exporting starts the whole site.
/// </summary>
public sealed class StaticSite : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "massar-browser-tests", $"static-{Guid.NewGuid():N}");
    private Process? _server;

    public string Folder => Path.Combine(_root, "site");

    /// <summary>For example <c>http://127.0.0.1:43127</c>; empty when the test is to be skipped.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Why the tests cannot run here (no python3), or null.</summary>
    public string? Missing { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists("/usr/bin/python3"))
        {
            Missing = "python3 is not installed, and the static export is served with python3 -m http.server: apt-get install -y python3";
            return;
        }
        var database = Path.Combine(_root, "massar.db");
        string[] args = ["export-static", Folder, "--PublicSite:BaseUrl=https://dalil.example.ma"];
        var overrides = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Content"] = $"Data Source={database}",
            ["Content:SeedPath"] = Path.Combine(ContentPaths.Root, "seed"),
        };
        using (var host = MassarDalil.Cli.Program.BuildHost(args, overrides))
        {
            using var output = new StringWriter();
            using var errors = new StringWriter();
            var exitCode = await CommandLine.RunAsync(host.Services, args, output, errors);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"export-static failed ({exitCode}): {errors}{output}");
            }
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var port = FreePort();
        _server = Process.Start(new ProcessStartInfo("/usr/bin/python3", ["-m", "http.server", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--directory", Folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        // Its request log is not wanted, but must be read or the server stalls once the pipe fills.
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        BaseUrl = $"http://127.0.0.1:{port}";
        await WaitUntilServingAsync(port);
    }

    public Task DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill();
            _server.WaitForExit();
        }
        _server?.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilServingAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && _server is { HasExited: false })
            {
                await Task.Delay(100);
            }
        }
    }
}
