using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MassarDalil.Content.Data;
using Microsoft.AspNetCore.DataProtection;

namespace MassarDalil.Web.Operations;

/// <summary>
/// Section <c>DataProtection</c>: a certificate whose RSA key encrypts the data-protection keys stored in the
/// database, so that a copy of the database (a backup, a dump) no longer holds what signs the manager's cookies and
/// opens the webhooks' secrets. Without it the keys are stored as the framework writes them, in the clear.
/// </summary>
public sealed class KeyEncryptionSettings
{
    public const string Section = "DataProtection";

    /// <summary>A PKCS#12 file (<c>.pfx</c>, <c>.p12</c>) or a PEM file holding the certificate and its private key.</summary>
    public string? Certificate { get; set; }

    /// <summary>The PKCS#12 file's password, or the PEM private key's; none when it has none.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Certificates replaced by <see cref="Certificate"/>: still read keys encrypted with them, never encrypt.</summary>
    public IList<string> PreviousCertificates { get; } = [];
}

internal static class KeyEncryption
{
    /// <summary>
    /// Encrypts new keys with the configured certificate and reads keys encrypted with it or a previous one. A
    /// certificate that cannot be used stops the start with a message naming the setting, the file and why, through
    /// the same validation as every other setting: a site that silently went on writing keys in the clear would
    /// break the promise the operator set it up to keep.
    /// </summary>
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var settings = configuration.GetSection(KeyEncryptionSettings.Section).Get<KeyEncryptionSettings>() ?? new();
        var problems = new List<string>();
        var current = string.IsNullOrWhiteSpace(settings.Certificate) ? null : Load("Certificate", settings.Certificate, settings.CertificatePassword, problems);
        // A blank entry (an environment variable set to nothing) names no file: it is no certificate, not the root folder.
        var previous = settings.PreviousCertificates.Where(path => !string.IsNullOrWhiteSpace(path))
            .Select(path => Load("PreviousCertificates", path, settings.CertificatePassword, problems)).OfType<X509Certificate2>().ToList();
        if (current is null && previous.Count > 0)
        {
            problems.Add("DataProtection:PreviousCertificates needs DataProtection:Certificate: keys are encrypted with the current one.");
        }
        if (problems.Count > 0)
        {
            builder.Services.AddOptions<KeyEncryptionSettings>().Validate(_ => false, string.Join(" ", problems)).ValidateOnStart();
            return builder;
        }
        if (current is not null)
        {
            builder.Services.AddSingleton(new KeyCertificate(current));
            builder.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([current, .. previous]);
        }
        return builder;
    }

    private static X509Certificate2? Load(string setting, string path, string? password, List<string> problems)
    {
        var file = ContentPaths.Resolve(path);
        try
        {
            var pkcs12 = Path.GetExtension(file).ToUpperInvariant() is ".PFX" or ".P12";
            // A PEM file without its key would fail to load with the runtime's "no supported key formats": say what is missing.
            var certificate = pkcs12 ? X509CertificateLoader.LoadPkcs12FromFile(file, password, X509KeyStorageFlags.EphemeralKeySet)
                : !File.ReadAllText(file).Contains("PRIVATE KEY-----", StringComparison.Ordinal) ? X509CertificateLoader.LoadCertificateFromFile(file)
                : string.IsNullOrEmpty(password) ? X509Certificate2.CreateFromPemFile(file) : X509Certificate2.CreateFromEncryptedPemFile(file, password);
            // The framework's XML encryption wraps each key with RSA; without the private key nothing could be read back.
            if (certificate.GetRSAPublicKey() is null)
            {
                problems.Add($"DataProtection:{setting} {file}: not an RSA certificate; the keys are encrypted with RSA.");
            }
            else if (!certificate.HasPrivateKey)
            {
                problems.Add($"DataProtection:{setting} {file}: the file has no private key, so the site could not read back the keys it encrypts.");
            }
            else
            {
                return certificate;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            problems.Add($"DataProtection:{setting} {file}: {e.Message}");
        }
        return null;
    }
}

/// <summary>The certificate new data-protection keys are encrypted with; registered only when one is configured.</summary>
internal sealed record KeyCertificate(X509Certificate2 Certificate);
