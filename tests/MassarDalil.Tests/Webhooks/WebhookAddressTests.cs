using MassarDalil.Content.Webhooks;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Webhooks;

/// <summary>Which receiver addresses an Admin can register, by default and with Webhooks:AllowPrivateAddresses.</summary>
public class WebhookAddressTests
{
    private const string Private = "on this machine or a private network";

    [Theory]
    // The cloud metadata service and the rest of link-local
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://169.254.0.1/")]
    [InlineData("https://[fe80::1]/")]
    // Private networks, carrier-grade NAT, unique local
    [InlineData("https://10.0.0.1/")]
    [InlineData("https://10.255.255.255:8443/hook")]
    [InlineData("https://172.16.0.1/")]
    [InlineData("https://172.31.255.254/")]
    [InlineData("https://192.168.1.1/")]
    [InlineData("https://100.64.0.1/")]
    [InlineData("https://[fd00::1]/")]
    [InlineData("https://[fc00::1]/")]
    [InlineData("https://[fec0::1]/")]
    // This machine, in every spelling
    [InlineData("https://127.0.0.1/")]
    [InlineData("http://127.0.0.1:5080/manager")]
    [InlineData("https://127.1/")]
    [InlineData("https://2130706433/")]
    [InlineData("https://0x7f000001/")]
    [InlineData("https://0x7f.0.0.1/")]
    [InlineData("https://0177.0.0.1/")]
    [InlineData("https://[::1]/")]
    [InlineData("https://localhost/")]
    [InlineData("http://localhost:5080/")]
    [InlineData("https://LOCALHOST./")]
    [InlineData("https://api.localhost/")]
    // IPv4 inside IPv6: mapped, compatible, NAT64, 6to4
    [InlineData("https://[::ffff:127.0.0.1]/")]
    [InlineData("https://[::ffff:7f00:1]/")]
    [InlineData("https://[::ffff:169.254.169.254]/")]
    [InlineData("https://[::ffff:a00:1]/")]
    [InlineData("https://[::10.0.0.1]/")]
    [InlineData("https://[64:ff9b::a9fe:a9fe]/")]
    [InlineData("https://[2002:a00:1::]/")]
    // Unspecified, multicast, broadcast, reserved
    [InlineData("https://0.0.0.0/")]
    [InlineData("https://0/")]
    [InlineData("https://[::]/")]
    [InlineData("https://224.0.0.1/")]
    [InlineData("https://[ff02::1]/")]
    [InlineData("https://255.255.255.255/")]
    [InlineData("https://240.0.0.1/")]
    public void AnAddressInsideTheNetworkIsRefusedByDefault(string url)
    {
        Assert.Contains(Private, ProblemEnglish.Of(WebhookUrl.Problem(url, allowPrivateAddresses: false)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://hooks.example.org/massar")]
    [InlineData("https://93.184.215.14/hook")]
    [InlineData("https://8.8.8.8:8443/")]
    [InlineData("https://[2606:4700:4700::1111]/")]
    [InlineData("https://[::ffff:8.8.8.8]/")]
    [InlineData("https://[64:ff9b::808:808]/")]
    [InlineData("https://172.32.0.1/")]
    [InlineData("https://100.128.0.1/")]
    [InlineData("https://localhost.example.org/")]
    public void APublicHttpsAddressIsAccepted(string url)
    {
        Assert.Null(ProblemEnglish.Of(WebhookUrl.Problem(url, allowPrivateAddresses: false)));
    }

    [Theory]
    [InlineData("http://hooks.example.org/massar")]
    [InlineData("http://8.8.8.8/")]
    public void PlainHttpIsRefusedForAPublicAddress(string url)
    {
        Assert.Equal("Use https://.", ProblemEnglish.Of(WebhookUrl.Problem(url, allowPrivateAddresses: false)));
        Assert.StartsWith("Use https://", ProblemEnglish.Of(WebhookUrl.Problem(url, allowPrivateAddresses: true)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/hook", null)]
    [InlineData("http://localhost:9000/", null)]
    [InlineData("http://[::1]:9000/", null)]
    [InlineData("https://10.0.0.5/hook", null)]
    [InlineData("https://[fd00::1]/", null)]
    [InlineData("http://10.0.0.5/hook", "Use https://")]
    public void TheSettingAllowsLocalReceiversAndPlainHttpOnlyOnThisMachine(string url, string? problem)
    {
        var found = ProblemEnglish.Of(WebhookUrl.Problem(url, allowPrivateAddresses: true));

        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.StartsWith(problem, found, StringComparison.Ordinal);
        }
    }
}
