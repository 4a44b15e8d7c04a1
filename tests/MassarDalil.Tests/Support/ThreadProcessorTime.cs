using System.Globalization;

namespace MassarDalil.Tests.Support;

/// <summary>
/// The processor time the calling thread has spent, from Linux's /proc/thread-self/schedstat (its first field, in
/// nanoseconds), or, on a kernel built without scheduler statistics, from /proc/thread-self/stat (user and system
/// time, in the kernel's fixed 100 ticks a second). A test that holds some work linear counts this rather than the
/// wall clock: beside the other test projects on two cores a thread can wait many times longer than it runs, and
/// waiting says nothing about the work.
/// </summary>
public static class ThreadProcessorTime
{
    private const string SchedulerStatistics = "/proc/thread-self/schedstat";
    private const long TicksPerClockTick = TimeSpan.TicksPerSecond / 100;

    public static TimeSpan Of(Action work)
    {
        var before = Now();
        work();
        return Now() - before;
    }

    private static TimeSpan Now()
    {
        if (File.Exists(SchedulerStatistics))
        {
            var nanoseconds = long.Parse(File.ReadAllText(SchedulerStatistics).Split(' ')[0], CultureInfo.InvariantCulture);
            return TimeSpan.FromTicks(nanoseconds / 100);
        }
        // The thread's name, in parentheses, may hold spaces: the fields are counted after it. utime and stime are the
        // stat file's 14th and 15th fields, the 12th and 13th after the name.
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var clockTicks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromTicks(clockTicks * TicksPerClockTick);
    }
}
