namespace MassarDalil.Tests.Support;

/// <summary>Polls for something that happens in the background, within a bound.</summary>
public static class Eventually
{
    /// <summary>Extra time allowed on a loaded test machine for the request that sees the change.</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromSeconds(1);

    public static async Task<bool> WithinAsync(TimeSpan limit, Func<Task<bool>> condition, int pollMs = 50)
    {
        var deadline = DateTimeOffset.UtcNow + limit;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }
            await Task.Delay(pollMs);
        }
        return await condition();
    }
}
