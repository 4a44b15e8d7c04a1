namespace MassarDalil.Web.Operations;

/// <summary>How long a stopping server waits for requests in flight (and background work) to finish.</summary>
public sealed class ShutdownSettings
{
    public const string Section = "Shutdown";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
