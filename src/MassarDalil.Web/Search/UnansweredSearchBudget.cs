using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Search;

/// <summary>
/// Decides whether one more search that found nothing may be written down: a few per address per minute and
/// per day, and a cap for everyone per day. Past a limit the visitor still gets their answer; only the count
/// for the editors is skipped. Addresses are held in memory until the day ends, never stored or logged, and
/// never more of them than the daily cap (an address is only kept once it has been counted). The queries the header
/// box counted are kept with their address for <see cref="BoxCountLasts"/>, so pressing Enter on a query the box
/// already counted does not count it twice.
/// </summary>
public sealed class UnansweredSearchBudget(IOptions<UnansweredSearchOptions> options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Tally> _addresses = [];
    private DateOnly _day;
    private int _today;

    /// <summary>How long a query the box counted keeps the search page from counting it again for the same address.</summary>
    public static readonly TimeSpan BoxCountLasts = TimeSpan.FromMinutes(30);

    /// <summary>Takes one count for the search page, unless the header box counted this query for this address just before.</summary>
    public bool TryTakeForPage(IPAddress? address, string language, string normalizedQuery)
    {
        lock (_gate)
        {
            var countedByBox = _addresses.GetValueOrDefault(KeyFor(address)) is { } tally &&
                tally.FromBox.Any(b => b.Query == (language, normalizedQuery) && time.GetUtcNow() - b.At < BoxCountLasts);
            return !countedByBox && TryTakeLocked(address);
        }
    }

    /// <summary>Takes one count for the header box's settled query, and remembers the query for <see cref="TryTakeForPage"/>.</summary>
    public bool TryTakeForBox(IPAddress? address, string language, string normalizedQuery)
    {
        lock (_gate)
        {
            if (!TryTakeLocked(address))
            {
                return false;
            }
            // Bounded: a query is only remembered when counted, and an address is counted at most PerAddressPerDay times.
            _addresses[KeyFor(address)].FromBox.Add(((language, normalizedQuery), time.GetUtcNow()));
            return true;
        }
    }

    public bool TryTake(IPAddress? address)
    {
        lock (_gate)
        {
            return TryTakeLocked(address);
        }
    }

    // The caller holds _gate.
    private bool TryTakeLocked(IPAddress? address)
    {
        var limits = options.Value;
        var now = time.GetUtcNow();
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var minute = now.ToUnixTimeSeconds() / 60;
        var key = KeyFor(address);
        if (day != _day)
        {
            _day = day;
            _today = 0;
            _addresses.Clear();
        }
        if (_today >= limits.PerDay)
        {
            return false;
        }
        var tally = _addresses.GetValueOrDefault(key) ?? new Tally();
        if (tally.Minute != minute)
        {
            tally.Minute = minute;
            tally.InMinute = 0;
        }
        if (tally.InMinute >= limits.PerAddressPerMinute || tally.InDay >= limits.PerAddressPerDay)
        {
            return false;
        }
        tally.InMinute++;
        tally.InDay++;
        _addresses[key] = tally;
        _today++;
        return true;
    }

    // One household or phone gets a whole IPv6 /64 and can pick any address in it: count the /64.
    private static string KeyFor(IPAddress? address)
    {
        if (address is null)
        {
            return "";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString();
    }

    private sealed class Tally
    {
        public long Minute { get; set; }
        public int InMinute { get; set; }
        public int InDay { get; set; }
        public List<((string Language, string Text) Query, DateTimeOffset At)> FromBox { get; } = [];
    }
}
