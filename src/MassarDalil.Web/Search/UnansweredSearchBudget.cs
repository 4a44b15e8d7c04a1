using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Search;

/// <summary>
/// Decides whether one more search that found nothing may be written down: a few per address per minute and
/// per day, and a cap for everyone per day. Past a limit the visitor still gets their answer; only the count
/// for the editors is skipped. Addresses are held in memory until the day ends, never stored or logged, and
/// never more of them than the daily cap (an address is only kept once it has been counted).
/// </summary>
public sealed class UnansweredSearchBudget(IOptions<UnansweredSearchOptions> options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Tally> _addresses = [];
    private DateOnly _day;
    private int _today;

    public bool TryTake(IPAddress? address)
    {
        var limits = options.Value;
        var now = time.GetUtcNow();
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var minute = now.ToUnixTimeSeconds() / 60;
        var key = KeyFor(address);
        lock (_gate)
        {
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
    }
}
