using MassarDalil.Cli.Commands;
using MassarDalil.Content;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Cli;

/// <summary>The operator's commands, on the same engine and configuration as the web host.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var host = BuildHost(args);
        return await CommandLine.RunAsync(host.Services, args, Console.Out, Console.Error);
    }

    /// <summary>Reads appsettings.json, environment variables and <c>--Key=value</c> arguments, like the web host.</summary>
    public static IHost BuildHost(string[] args, IDictionary<string, string?>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args.Where(CommandArguments.IsConfiguration).ToArray(),
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }
        builder.Logging.ClearProviders();
        // Failures are reported once, by the command, not again by EF Core's own logging.
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
        builder.Services.AddContentEngine(builder.Configuration);
        return builder.Build();
    }
}
