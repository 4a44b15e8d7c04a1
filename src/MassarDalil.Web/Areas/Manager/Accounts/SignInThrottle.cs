using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Areas.Manager.Accounts;

/// <summary>
/// Slows down guessing without locking anyone out. Wrong passwords are counted per (account, address) and
/// per address; past the free ones, each further failure makes that pair or address wait twice as long as
/// the last time. The account itself is never blocked: its owner signing in from elsewhere is not slowed by
/// someone guessing from here. The account is the email as typed (normalised), whether or not it exists, so
/// the answers do not tell which emails have accounts. Counted in memory, per server, like the rate limits.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider time)
{
    private readonly SignInThrottleOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, Failures> _entries = new(StringComparer.Ordinal);

    /// <summary>The counters held, for the test of the memory bound.</summary>
    internal int Count => _entries.Count;

    /// <summary>How long this address must still wait before trying this account again, or null when it may try now.</summary>
    public TimeSpan? WaitFor(string account, string address)
    {
        var now = time.GetUtcNow();
        var until = new[] { PairKey(account, address), AddressKey(address) }
            .Select(key => _entries.TryGetValue(key, out var entry) ? entry.BlockedUntil : DateTimeOffset.MinValue)
            .Max();
        return until > now ? until - now : null;
    }

    public void Failed(string account, string address)
    {
        var now = time.GetUtcNow();
        CountFailure(PairKey(account, address), _options.FreeFailuresPerAccount, now);
        CountFailure(AddressKey(address), _options.FreeFailuresPerAddress, now);
        if (_entries.Count > _options.MaxEntries)
        {
            Prune(now);
        }
    }

    /// <summary>The right password from this address: its failures on this account are forgotten (the address's are not).</summary>
    public void Succeeded(string account, string address) => _entries.TryRemove(PairKey(account, address), out _);

    /// <summary>Whether some address must wait before trying this account again.</summary>
    public bool IsBlocked(string account)
    {
        var now = time.GetUtcNow();
        var prefix = AccountPrefix(account);
        return _entries.Any(e => e.Key.StartsWith(prefix, StringComparison.Ordinal) && e.Value.BlockedUntil > now);
    }

    /// <summary>An administrator unlocks the account: every address may try it again at once.</summary>
    public void Clear(string account)
    {
        var prefix = AccountPrefix(account);
        foreach (var key in _entries.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            _entries.TryRemove(key, out _);
        }
    }

    /// <summary>What the sign-in and change-password forms say while an address must wait, in the editor's language.</summary>
    public static string WaitMessage(ManagerText T, TimeSpan wait) =>
        T.Format("Too many failed attempts from here. Try again in {0} minutes.", Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)));

    private void CountFailure(string key, int free, DateTimeOffset now) =>
        _entries.AddOrUpdate(key,
            _ => Next(0, free, now),
            (_, old) => Next(now - old.Last >= _options.ForgetAfter ? 0 : old.Count, free, now));

    private Failures Next(int before, int free, DateTimeOffset now)
    {
        var count = before + 1;
        if (count <= free)
        {
            return new Failures(count, now, DateTimeOffset.MinValue);
        }
        // Doubling from the first delay; the exponent is capped so the multiplication cannot overflow.
        var doublings = Math.Min(count - free - 1, 30);
        var delay = TimeSpan.FromTicks(Math.Min(_options.FirstDelay.Ticks * (1L << doublings), _options.LongestDelay.Ticks));
        return new Failures(count, now, now + delay);
    }

    /// <summary>Drops forgotten counters, then, if an attacker still fills the table, the oldest ones.</summary>
    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (now - entry.Last >= _options.ForgetAfter && entry.BlockedUntil <= now)
            {
                _entries.TryRemove(key, out _);
            }
        }
        var excess = _entries.Count - _options.MaxEntries * 9 / 10;
        foreach (var (key, _) in _entries.OrderBy(e => e.Value.Last).Take(Math.Max(excess, 0)).ToList())
        {
            _entries.TryRemove(key, out _);
        }
    }

    private static string Normalise(string account) => account.Trim().ToUpperInvariant();

    private static string AccountPrefix(string account) => "account\n" + Normalise(account) + "\n";

    private static string PairKey(string account, string address) => AccountPrefix(account) + address;

    private static string AddressKey(string address) => "address\n" + address;

    private sealed record Failures(int Count, DateTimeOffset Last, DateTimeOffset BlockedUntil);
}
