namespace EngagementBench;

internal sealed record IngestionResult(double EventsPerSecond, long Dropped, long Stored);
