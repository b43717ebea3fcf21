using System.Collections.Concurrent;

namespace Soak;

/// <summary>
/// The counters every worker writes to: the current <see cref="SoakWindow"/>, swapped each sampling interval, and the
/// first few failures in words (a 5xx's address, a journey that timed out) for the report.
/// </summary>
internal sealed class SoakTally
{
    private const int Kept = 30;
    private readonly ConcurrentQueue<string> failures = new();
    private long failureCount;
    private SoakWindow current = new();

    public SoakWindow Current => Volatile.Read(ref current);

    public IReadOnlyCollection<string> Failures => failures;

    /// <summary>Starts a new window and returns the one just finished.</summary>
    public SoakWindow Swap() => Interlocked.Exchange(ref current, new SoakWindow());

    /// <summary>A response with status 500 or above, from the HTTP visitors or a browser's own requests.</summary>
    public void ServerError(string where, int status)
    {
        Interlocked.Increment(ref Current.ServerErrors);
        Note($"{status} {where}");
    }

    /// <summary>Anything else that went wrong: an unexpected status, a journey step that did not happen in time.</summary>
    public void Failure(string what)
    {
        Interlocked.Increment(ref Current.OtherFailures);
        Note(what);
    }

    private void Note(string what)
    {
        if (Interlocked.Increment(ref failureCount) <= Kept)
        {
            failures.Enqueue($"{DateTimeOffset.UtcNow:HH:mm:ss} {what}");
        }
    }
}
