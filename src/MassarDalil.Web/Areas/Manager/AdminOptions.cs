namespace MassarDalil.Web.Areas.Manager;

/// <summary>
/// The first administrator, created at start when the database has no users. Section <c>Admin</c>.
/// Without a password one is generated and written to the log once.
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";
    public const string DefaultEmail = "admin@massar-dalil.local";

    public string Email { get; set; } = DefaultEmail;

    /// <summary>
    /// Checked by the password rules only when it is used (no users yet): a short one left in the configuration of a
    /// site that already has its administrator must not stop the site from starting.
    /// </summary>
    public string? Password { get; set; }
}
