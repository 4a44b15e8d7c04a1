using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Webhooks;

/// <summary>
/// Which addresses a webhook may have: absolute https to a public host. Events carry nothing secret and are signed,
/// but over plain http anyone on the way could read, delay or drop them. Receivers on this machine or a private
/// network (<see cref="WebhookAddresses"/>) only when <see cref="WebhookOptions.AllowPrivateAddresses"/> is on,
/// and then plain http only to this machine, which crosses no network.
/// </summary>
public static class WebhookUrl
{
    public const int MaxLength = 2000;

    /// <summary>
    /// Null when <paramref name="url"/> may be registered; otherwise why not, for the manager to word (a length names
    /// <see cref="MaxLength"/>).
    /// </summary>
    public static Problem? Problem(string? url, bool allowPrivateAddresses) =>
        Code(url, allowPrivateAddresses) is not { } code ? null
        : code == ProblemCode.WebhookUrlTooLong ? new(code, [Problems.Problem.Number(MaxLength)])
        : new(code, []);

    private static ProblemCode? Code(string? url, bool allowPrivateAddresses)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return ProblemCode.WebhookUrlMissing;
        }
        if (url.Length > MaxLength)
        {
            return ProblemCode.WebhookUrlTooLong;
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.Host.Length == 0)
        {
            return ProblemCode.WebhookUrlNotAbsolute;
        }
        if (uri.UserInfo.Length > 0)
        {
            return ProblemCode.WebhookUrlUserInfo;
        }
        if (!allowPrivateAddresses && WebhookAddresses.IsPrivateHost(uri))
        {
            return ProblemCode.WebhookUrlPrivate;
        }
        if (uri.Scheme == Uri.UriSchemeHttp && !(allowPrivateAddresses && WebhookAddresses.IsLoopbackHost(uri)))
        {
            return allowPrivateAddresses ? ProblemCode.WebhookUrlHttpsOrLocalhost : ProblemCode.WebhookUrlHttps;
        }
        return null;
    }
}
