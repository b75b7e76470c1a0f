namespace Incubator.Testing;

public static class PollUntil
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>Retries <paramref name="condition"/> until it holds or the deadline passes; for waiting on another process, never on our own time.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0}s waiting for {what}.");
            }

            await Task.Delay(Interval);
        }
    }
}
