namespace Portal.Domain.Forums;

/// <summary>One thread's count of one engagement metric over a window, as <see cref="TrendingThreads"/> reads them.</summary>
internal sealed record ThreadMetricSum(string ThreadId, string Metric, long Count);
