namespace Soak;

/// <summary>
/// The verdict of a soak: totals, errors of every kind, and whether the live heap stayed flat after the warm-up
/// (the mean of the last two samples at most <see cref="FlatLimitPercent"/> above the mean of the first two, and the
/// least-squares slope over every sample after the warm-up).
/// </summary>
internal sealed record SoakSummary(
    long PageViews,
    long ServerErrors,
    long ServerErrorsLogged,
    long OtherFailures,
    long Posts,
    long Threads,
    long Registrations,
    long EventSignups,
    long LiveConnects,
    long LiveMessages,
    double LiveHeapAfterWarmUpMb,
    double LiveHeapAtEndMb,
    double LiveHeapGrowthPercent,
    double LiveHeapSlopeMbPerMinute,
    double WorkingSetAfterWarmUpMb,
    double WorkingSetAtEndMb,
    bool MemoryFlat,
    bool Passed)
{
    public const double FlatLimitPercent = 10;

    public static SoakSummary From(IReadOnlyList<SoakSample> samples)
    {
        var measured = samples.Where(s => !s.WarmUp).ToList();
        if (measured.Count < 2)
        {
            measured = [.. samples];
        }

        var first = measured.Take(2).ToList();
        var last = measured.TakeLast(2).ToList();
        var heapStart = first.Average(s => s.LiveHeapMb);
        var heapEnd = last.Average(s => s.LiveHeapMb);
        var growth = Math.Round((heapEnd - heapStart) / heapStart * 100, 1);
        var flat = growth <= FlatLimitPercent;
        var errors = samples.Sum(s => s.ServerErrors);
        var logged = samples.Sum(s => s.ServerErrorsLogged);
        var failures = samples.Sum(s => s.OtherFailures);
        return new SoakSummary(
            samples.Sum(s => s.PageViews), errors, logged, failures,
            samples.Sum(s => s.Posts), samples.Sum(s => s.Threads), samples.Sum(s => s.Registrations), samples.Sum(s => s.EventSignups),
            samples.Sum(s => s.LiveConnects), samples.Sum(s => s.LiveMessages),
            Math.Round(heapStart, 1), Math.Round(heapEnd, 1), growth, Math.Round(Slope(measured), 2),
            Math.Round(first.Average(s => s.WorkingSetMb), 1), Math.Round(last.Average(s => s.WorkingSetMb), 1),
            flat, flat && errors == 0 && logged == 0 && failures == 0);
    }

    /// <summary>Least-squares slope of the live heap over time, in MB per minute.</summary>
    private static double Slope(List<SoakSample> samples)
    {
        if (samples.Count < 2)
        {
            return 0;
        }

        var meanX = samples.Average(s => s.Minute);
        var meanY = samples.Average(s => s.LiveHeapMb);
        var covariance = samples.Sum(s => (s.Minute - meanX) * (s.LiveHeapMb - meanY));
        var variance = samples.Sum(s => (s.Minute - meanX) * (s.Minute - meanX));
        return variance == 0 ? 0 : covariance / variance;
    }
}
