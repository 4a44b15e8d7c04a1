namespace MassarDalil.Tests.Support;

/// <summary>
/// The processor time the calling thread has spent, from Linux's /proc/thread-self/schedstat (its first field, in
/// nanoseconds). A test that holds some work linear counts this rather than the wall clock: beside the other test
/// projects on two cores a thread can wait many times longer than it runs, and waiting says nothing about the work.
/// </summary>
public static class ThreadProcessorTime
{
    public static TimeSpan Of(Action work)
    {
        var before = Now();
        work();
        return Now() - before;
    }

    private static TimeSpan Now()
    {
        var fields = File.ReadAllText("/proc/thread-self/schedstat").Split(' ');
        return TimeSpan.FromTicks(long.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture) / 100);
    }
}
