namespace Portal.Console.Segments;

/// <summary>Marker for the segment pages' strings (SegmentsText.resx, SegmentsText.zh-CN.resx).</summary>
public sealed class SegmentsText;
