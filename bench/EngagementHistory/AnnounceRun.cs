namespace EngagementBench;

internal sealed record AnnounceRun(int Run, int Audience, int Delivered, int BellUpdates, double SendMs, double BellsMs);
