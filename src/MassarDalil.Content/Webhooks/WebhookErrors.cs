namespace MassarDalil.Content.Webhooks;

/// <summary>
/// What the delivery log records of a failed attempt: a short category, never the receiver's words (its reason
/// phrase, its body) nor the socket's message. Those would turn the log into a port scanner's report of the
/// network the site sits in; the category and the status code are all an Admin needs to fix a receiver.
/// </summary>
public static class WebhookErrors
{
    public const string Timeout = "timeout";
    public const string Refused = "refused";
    public const string Tls = "tls";
    public const string BlockedAddress = "blocked-address";
    public const string HttpStatus = "http-status";
    public const string NameNotFound = "dns";
    public const string Network = "network";

    /// <summary>The secret cannot be decrypted (its Data Protection key is gone): rotating it gives a new one.</summary>
    public const string SecretUnreadable = "secret-unreadable";

    public static IReadOnlyList<string> All { get; } = [Timeout, Refused, Tls, BlockedAddress, HttpStatus, NameNotFound, Network, SecretUnreadable];
}
