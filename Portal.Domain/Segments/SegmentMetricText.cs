namespace Portal.Domain.Segments;

/// <summary>Marker for the names of a segment comparison's rows (SegmentMetricText.resx, SegmentMetricText.zh-CN.resx), so its CSV reads in the operator's language.</summary>
public sealed class SegmentMetricText;
