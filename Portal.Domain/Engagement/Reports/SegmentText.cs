namespace Portal.Domain.Engagement.Reports;

/// <summary>Marker for the words of segment values that are not names (SegmentText.resx, SegmentText.zh-CN.resx): verified or not, no car, no city.</summary>
public sealed class SegmentText;
