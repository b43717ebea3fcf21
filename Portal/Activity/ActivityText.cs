namespace Portal.Activity;

/// <summary>Marker for the live-activity strings (ticker lines, online counts, "is replying…").</summary>
public sealed class ActivityText;
