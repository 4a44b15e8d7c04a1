namespace MassarDalil.Web.Areas.Manager.Accounts;

/// <summary>Admin manages users and sees the audit log; Editor changes content. Admins are editors too.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";

    public static IReadOnlyList<string> All { get; } = [Admin, Editor];

    public const string ManagerPolicy = "manager";
    public const string AdminPolicy = "admin";
}
