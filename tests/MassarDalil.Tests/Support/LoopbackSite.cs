namespace MassarDalil.Tests.Support;

/// <summary>
/// A <see cref="ReadOnlySite"/> served by Kestrel at a free loopback port (<see cref="MassarApp.LoopbackAddress"/>),
/// for tests that need a real connection: raw HTTP, or what Kestrel itself does, such as dropping a HEAD's body.
/// </summary>
public class LoopbackSite : ReadOnlySite
{
    public LoopbackSite()
        : this(null)
    {
    }

    /// <param name="settings">Settings of the site's own, as <see cref="MassarApp"/> takes them.</param>
    protected LoopbackSite(Dictionary<string, string?>? settings)
        : base(app =>
        {
            app.StartOnLoopback();
            return Task.CompletedTask;
        }, settings)
    {
    }
}
