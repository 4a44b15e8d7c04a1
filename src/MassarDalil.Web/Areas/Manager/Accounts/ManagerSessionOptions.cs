namespace MassarDalil.Web.Areas.Manager.Accounts;

/// <summary>How long a manager session lives. Section <c>ManagerSession</c>.</summary>
public sealed class ManagerSessionOptions
{
    public const string Section = "ManagerSession";

    /// <summary>A session unused this long ends; each request starts the wait again.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>A session ends this long after sign-in however busy it is, so a copied cookie cannot live for ever.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    public static bool IsValid(ManagerSessionOptions options) =>
        options.IdleTimeout > TimeSpan.Zero && options.AbsoluteLifetime > TimeSpan.Zero;
}
