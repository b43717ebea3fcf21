namespace Soak;

/// <summary>
/// Closes a window of the tally and reads the server's memory: the process working set, the managed heap as the last
/// collection left it, and the live heap after a full compacting collection (the number that shows a leak).
/// </summary>
internal sealed class MemorySampler(SoakTally tally, ErrorLog errors)
{
    private long errorsSeen;

    public SoakSample Sample(TimeSpan elapsed, bool warmUp)
    {
        var window = tally.Swap();
        var heap = GC.GetGCMemoryInfo().HeapSizeBytes;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var liveHeap = GC.GetTotalMemory(forceFullCollection: true);
        var errorsNow = errors.Count;
        var logged = errorsNow - errorsSeen;
        errorsSeen = errorsNow;
        var pages = window.PageMilliseconds.Order().ToArray();
        var posts = window.PostMilliseconds.Order().ToArray();
        return new SoakSample(
            Math.Round(elapsed.TotalMinutes, 2), warmUp, window.PageViews, Percentile(pages, 0.50), Percentile(pages, 0.95),
            window.ServerErrors, logged, window.OtherFailures, window.Posts, window.Threads, Percentile(posts, 0.50),
            window.Registrations, window.EventSignups, window.LiveConnects, window.LiveMessages,
            Megabytes(Environment.WorkingSet), Megabytes(heap), Megabytes(liveHeap), GC.CollectionCount(2), ThreadPool.ThreadCount);
    }

    private static double Megabytes(long bytes) => Math.Round(bytes / 1024.0 / 1024.0, 1);

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)], 1);
}
