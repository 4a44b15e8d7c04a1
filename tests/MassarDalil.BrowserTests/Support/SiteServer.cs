using Microsoft.Extensions.DependencyInjection;
using MassarDalil.Tests.Support;

namespace MassarDalil.BrowserTests.Support;

/// <summary>
/// The real site for Chromium: a <see cref="MassarApp"/> (the integration tests' host, on a fresh copy of the
/// seeded template database) served by Kestrel at a free loopback port.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    public SiteServer(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        App = new MassarApp(settings, services: services);
        BaseUrl = App.StartOnLoopback().ToString().TrimEnd('/');
    }

    public MassarApp App { get; }

    public IServiceProvider Services => App.Services;

    public string DatabasePath => App.DatabasePath;

    /// <summary>For example <c>http://127.0.0.1:43127</c>.</summary>
    public string BaseUrl { get; }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
