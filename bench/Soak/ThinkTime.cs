namespace Soak;

/// <summary>The pause a person takes between two steps.</summary>
internal static class ThinkTime
{
    /// <summary>Waits between <paramref name="minMs"/> and <paramref name="maxMs"/>; returns early when the soak ends.</summary>
    public static async Task PauseAsync(Random random, int minMs, int maxMs, CancellationToken stop)
    {
        try
        {
            await Task.Delay(random.Next(minMs, maxMs), stop);
        }
        catch (OperationCanceledException)
        {
            // The soak is over.
        }
    }
}
