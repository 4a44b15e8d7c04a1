namespace MassarDalil.Web.Areas.Manager.Accounts;

/// <summary>
/// How failed password checks slow down whoever makes them. Section <c>SignInThrottle</c>. Counted per
/// (account, address) and per address, never per account alone, so no one elsewhere can block the owner.
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignInThrottle";

    /// <summary>Wrong passwords for one account from one address before each further try must wait.</summary>
    public int FreeFailuresPerAccount { get; set; } = 5;

    /// <summary>Wrong passwords from one address, whatever the accounts, before each further try must wait.</summary>
    public int FreeFailuresPerAddress { get; set; } = 20;

    /// <summary>The first wait; each further failure doubles it.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan LongestDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Failures are forgotten once none has come for this long.</summary>
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The most counters kept in memory; beyond it the oldest are dropped.</summary>
    public int MaxEntries { get; set; } = 100_000;

    public static bool IsValid(SignInThrottleOptions options) =>
        options.FreeFailuresPerAccount >= 1 && options.FreeFailuresPerAddress >= 1 && options.FirstDelay > TimeSpan.Zero &&
        options.LongestDelay >= options.FirstDelay && options.ForgetAfter > TimeSpan.Zero && options.MaxEntries >= 100;
}
