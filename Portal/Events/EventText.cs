namespace Portal.Events;

/// <summary>Marker for the events' resources (EventText.resx, EventText.zh-CN.resx).</summary>
public sealed class EventText;
