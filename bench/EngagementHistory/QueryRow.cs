namespace EngagementBench;

internal sealed record QueryRow(string Query, double P50Ms, double P95Ms, int Rows);
