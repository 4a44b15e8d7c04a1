using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Support;

/// <summary>
/// One seeded site for every test of a class whose requests change nothing that a visitor or the next test could
/// see (<c>IClassFixture&lt;ReadOnlySite&gt;</c>): a theory of fifty header variants then starts one site, not fifty,
/// and on PostgreSQL copies and drops one database. xUnit runs the tests of a class one after another, so they
/// never use it at the same moment. A test that stores anything, or needs other settings, keeps a
/// <see cref="MassarApp"/> of its own. A class that needs more content than the seed derives from this and
/// arranges it once.
/// </summary>
public class ReadOnlySite : IDisposable
{
    // Made when a test first asks, not when xUnit makes the fixture: it makes fixtures even for a class whose
    // tests are all skipped (the PostgreSQL project without a server), and those must start nothing.
    private readonly Lazy<Task<MassarApp>> _app;

    public ReadOnlySite()
        : this(_ => Task.CompletedTask)
    {
    }

    /// <param name="arrange">What the class's tests read besides the seed, stored once before the first of them.</param>
    /// <param name="settings">Settings of the site's own, as <see cref="MassarApp"/> takes them.</param>
    /// <param name="services">Services added or replaced, as <see cref="MassarApp"/> takes them (a log to read, say).</param>
    protected ReadOnlySite(Func<MassarApp, Task> arrange, Dictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null) => _app = new(async () =>
    {
        var app = new MassarApp(settings, services: services);
        try
        {
            await arrange(app);
            return app;
        }
        catch
        {
            app.Dispose();
            throw;
        }
    });

    public Task<MassarApp> AppAsync() => _app.Value;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _app.IsValueCreated && _app.Value.IsCompletedSuccessfully)
        {
            _app.Value.Result.Dispose();
        }
    }
}
