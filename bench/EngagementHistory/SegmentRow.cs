namespace EngagementBench;

internal sealed record SegmentRow(string Query, double P50Ms, double P95Ms, double MinMs, double MaxMs, int Members);
