using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using MassarDalil.Content.Webhooks;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Operations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MassarDalil.Tests.Operations;

/// <summary>
/// With <c>DataProtection:Certificate</c> the keys that sign the manager's cookies and encrypt the webhooks' secrets
/// are stored encrypted, keys stored in the clear or under a replaced certificate are retired, and a certificate the
/// site could not use stops it at start, saying which setting, which file and why.
/// </summary>
public sealed class KeyEncryptionTests : IDisposable
{
    private const string Password = "pfx-pass-2026";
    private readonly string _folder = Directory.CreateTempSubdirectory("massar-keys-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task KeysAreStoredEncryptedAndAServerStartedAgainWithTheCertificateReadsTheSignIn()
    {
        var settings = WithCertificate(Pfx("current.pfx", RSA.Create(2048)));
        using var app = ManagerAccess.NewApp(settings);
        var cookie = await SignInCookieAsync(app);

        var keys = await StoredKeysAsync(app);
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.False(InTheClear(key), "a key is stored in the clear"));

        // Another server on the same database (or this one restarted) reads the encrypted keys back with the certificate.
        using var again = Server(app, settings["DataProtection:Certificate"]!);
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(again, cookie)).StatusCode);
    }

    [Fact]
    public async Task KeysStoredInTheClearAreRetiredOnceACertificateIsSetAndTheWebhookSecretsStillOpen()
    {
        using var before = ManagerAccess.NewApp();
        var cookie = await SignInCookieAsync(before);
        var registered = await before.WithDbAsync((_, s) => s.GetRequiredService<WebhookService>().RegisterAsync("https://hooks.example.org/in", "admin@test"));
        Assert.Contains(await StoredKeysAsync(before), InTheClear);

        var certificate = Pfx("current.pfx", RSA.Create(2048));
        using var app = Server(before, certificate);
        using var started = await app.CreateVisitor().GetAsync("/healthz/ready");

        Assert.DoesNotContain(await StoredKeysAsync(app), InTheClear);
        // A sign-in made with a retired key opens nothing, so whoever copied the database before cannot sign in as
        // anyone: at once on a server started after, and on this one as soon as the framework has reloaded its keys,
        // which it does in the background.
        using var elsewhere = Server(before, certificate);
        Assert.True(IsSentToLogin(await GetWithCookieAsync(elsewhere, cookie)), "a server started after the retirement accepted a cookie signed with a retired key");
        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(5), async () => IsSentToLogin(await GetWithCookieAsync(app, cookie))),
            "the server that retired the key still accepts a cookie signed with it");
        var secret = await app.WithDbAsync(async (db, s) => s.GetRequiredService<WebhookSecrets>().Reveal((await db.Webhooks.SingleAsync()).Secret));
        Assert.Equal(registered.Secret, secret);
        // Done once: a restart finds nothing left to retire and keeps the sign-ins made since.
        var since = await SignInCookieAsync(app);
        using var restarted = Server(before, certificate);
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(restarted, since)).StatusCode);
    }

    [Fact]
    public async Task KeysOfAReplacedCertificateAreRetiredAndTheWebhookSecretsMoveWithItsHelp()
    {
        var old = Pfx("old.pfx", RSA.Create(2048));
        using var first = ManagerAccess.NewApp(WithCertificate(old));
        var cookie = await SignInCookieAsync(first);
        var registered = await first.WithDbAsync((_, s) => s.GetRequiredService<WebhookService>().RegisterAsync("https://hooks.example.org/in", "admin@test"));

        var replacement = Pfx("new.pfx", RSA.Create(2048));
        using var app = Server(first, replacement, previous: old);
        using var started = await app.CreateVisitor().GetAsync("/healthz/ready");

        var expected = X509CertificateLoader.LoadPkcs12FromFile(replacement, Password).Thumbprint;
        Assert.All(await StoredKeysAsync(app), key => Assert.Equal(expected, EncryptedFor(key)));
        Assert.Equal(registered.Secret, await app.WithDbAsync(async (db, s) => s.GetRequiredService<WebhookSecrets>().Reveal((await db.Webhooks.SingleAsync()).Secret)));
        // Whoever holds the replaced certificate and a copy of the database signs in as no one.
        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(5), async () => IsSentToLogin(await GetWithCookieAsync(app, cookie))),
            "a cookie signed with a key of the replaced certificate still opens the manager");
    }

    [Fact]
    public async Task ASecretWhoseKeyCannotBeReadNoLongerStopsTheStartAndIsReported()
    {
        using var first = ManagerAccess.NewApp(WithCertificate(Pfx("old.pfx", RSA.Create(2048))));
        await first.WithDbAsync((_, s) => s.GetRequiredService<WebhookService>().RegisterAsync("https://hooks.example.org/in", "admin@test"));
        var stored = await first.WithDbAsync(async db => (await db.Webhooks.SingleAsync()).Secret);

        // The old certificate is not given: its keys cannot be read, so neither can the secret they encrypt.
        var logs = new CapturedLogs();
        using var app = new MassarApp(new Dictionary<string, string?>(first.DatabaseSettings)
        {
            ["DataProtection:Certificate"] = Pfx("new.pfx", RSA.Create(2048)),
            ["DataProtection:CertificatePassword"] = Password,
        }, services: s => s.AddSingleton<ILoggerProvider>(logs));
        using var ready = await app.CreateVisitor().GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(stored, await app.WithDbAsync(async db => (await db.Webhooks.SingleAsync()).Secret));
        Assert.Contains(logs.Entries, l => l.Level == LogLevel.Error && l.Message.StartsWith("1 webhook secrets could not be read", StringComparison.Ordinal));
    }

    public static TheoryData<string, string> Unusable => new()
    {
        { "missing", "DataProtection:Certificate" },
        { "not a certificate", "DataProtection:Certificate" },
        { "wrong password", "DataProtection:Certificate" },
        { "no private key", "the file has no private key" },
        { "not RSA", "not an RSA certificate" },
        { "previous without current", "DataProtection:PreviousCertificates needs DataProtection:Certificate" },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public void ACertificateTheSiteCannotUseStopsTheStartSayingWhy(string kind, string said)
    {
        var settings = kind switch
        {
            "missing" => WithCertificate(Path.Combine(_folder, "nowhere.pfx")),
            "not a certificate" => WithCertificate(Write("junk.pfx", [0x30, 0x82, 0x01, 0x00, 0x42])),
            "wrong password" => new() { ["DataProtection:Certificate"] = Pfx("current.pfx", RSA.Create(2048)), ["DataProtection:CertificatePassword"] = "not-it" },
            "no private key" => WithCertificate(Write("public.pem", System.Text.Encoding.ASCII.GetBytes(SelfSigned(RSA.Create(2048)).ExportCertificatePem()))),
            "not RSA" => WithCertificate(EcdsaPfx()),
            _ => new Dictionary<string, string?> { ["DataProtection:PreviousCertificates:0"] = Pfx("old.pfx", RSA.Create(2048)), ["DataProtection:CertificatePassword"] = Password },
        };
        // What the host runs first when it starts, before any hosted service: a site whose factory is asked for a
        // client instead sometimes reports the host it disposed rather than why it stopped.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddDataProtection().ProtectKeysWithConfiguredCertificate(configuration);
        using var provider = services.BuildServiceProvider();

        var refused = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(said, refused.Message, StringComparison.Ordinal);
        if (kind != "previous without current")
        {
            Assert.Contains(_folder, refused.Message, StringComparison.Ordinal); // names the file
        }
    }

    /// <summary>
    /// Another server on <paramref name="databaseOf"/>'s database, with a certificate and a previous one; without one the
    /// entry is there but blank, as an environment variable set to nothing, which names no certificate.
    /// </summary>
    private static MassarApp Server(MassarApp databaseOf, string certificate, string? previous = null) =>
        new(new Dictionary<string, string?>(databaseOf.DatabaseSettings)
        {
            ["DataProtection:Certificate"] = certificate,
            ["DataProtection:CertificatePassword"] = Password,
            ["DataProtection:PreviousCertificates:0"] = previous,
        });

    private static Dictionary<string, string?> WithCertificate(string path) =>
        new() { ["DataProtection:Certificate"] = path, ["DataProtection:CertificatePassword"] = Password };

    private static async Task<string> SignInCookieAsync(MassarApp app)
    {
        using var signIn = await app.CreateBrowser().SignInAsync(ManagerAccess.AdminEmail, ManagerAccess.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    private static Task<HttpResponseMessage> GetWithCookieAsync(MassarApp app, string cookie)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client.GetAsync("/manager");
    }

    private static Task<List<string>> StoredKeysAsync(MassarApp app) =>
        app.WithDbAsync(async db => (await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync())
            .Where(xml => XElement.Parse(xml).Name.LocalName == "key").ToList());

    private static bool IsSentToLogin(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/manager/login", StringComparison.Ordinal);

    /// <summary>The thumbprint of the certificate an encrypted key names, as the framework's XML encryption writes it.</summary>
    private static string EncryptedFor(string keyXml) => X509CertificateLoader.LoadCertificate(Convert.FromBase64String(
        XElement.Parse(keyXml).Descendants().Single(e => e.Name.LocalName == "X509Certificate").Value)).Thumbprint;

    private static bool InTheClear(string keyXml) => XElement.Parse(keyXml).Descendants().Any(e => e.Name.LocalName == "masterKey");

    private static X509Certificate2 SelfSigned(RSA key) =>
        new CertificateRequest("CN=Massar Dalil keys", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));

    private string Pfx(string name, RSA key) => Write(name, SelfSigned(key).Export(X509ContentType.Pfx, Password));

    private string EcdsaPfx()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = new CertificateRequest("CN=Not RSA", key, HashAlgorithmName.SHA256)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return Write("ecdsa.pfx", certificate.Export(X509ContentType.Pfx, Password));
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
