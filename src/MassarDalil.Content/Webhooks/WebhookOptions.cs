namespace MassarDalil.Content.Webhooks;

/// <summary>How webhook deliveries are timed, and where they may go. Section <c>Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>
    /// Whether receivers on this machine or a private network (loopback, 10/8, 192.168/16, fd00::/8, link-local...)
    /// may be registered and reached. Off by default: an Admin's webhook must not become a way to probe or call
    /// the services behind the firewall. Development (launchSettings.json) and the tests turn it on.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>How often a server looks for events and due retries when nothing woke it sooner.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a receiver may take to answer before the attempt counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait after the first failure; it doubles after each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts (the first one included) before a delivery is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Deliveries sent at once by one server, so one slow receiver cannot hold up the others.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>The wait before the attempt after <paramref name="failedAttempts"/> failures: exponential, capped.</summary>
    public TimeSpan RetryDelay(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstRetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay;
    }
}
