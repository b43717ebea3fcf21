namespace Portal.Domain.Journeys;

/// <summary>Marker for the words journey report rows are labelled with (JourneyLabels.resx, JourneyLabels.zh-CN.resx): step kinds and why members left.</summary>
public sealed class JourneyLabels;
