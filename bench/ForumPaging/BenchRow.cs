namespace ForumPaging;

internal sealed record BenchRow(string Path, double MedianMs, double P95Ms);
