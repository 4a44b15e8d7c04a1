using System.ComponentModel.DataAnnotations;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>
/// The first administrator, created at start when the database has no users. Section <c>Admin</c>.
/// Without a password one is generated and written to the log once.
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";
    public const string DefaultEmail = "admin@massar-dalil.local";

    [EmailAddress]
    public string Email { get; set; } = DefaultEmail;

    [MinLength(ManagerExtensions.PasswordMinLength)]
    public string? Password { get; set; }
}
