using MassarDalil.Cli.Commands;
using MassarDalil.Content;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The operator's commands, on the same engine and configuration as the web host.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray(),
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Logging.ClearProviders();
// Failures are reported once, by the command, not again by EF Core's own logging.
builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
builder.Services.AddContentEngine(builder.Configuration);

using var host = builder.Build();
var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
return await CommandLine.RunAsync(host.Services, positional, Console.Out, Console.Error);
