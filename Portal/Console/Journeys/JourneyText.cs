namespace Portal.Console.Journeys;

/// <summary>Marker for the journeys pages' strings (JourneyText.resx, JourneyText.zh-CN.resx).</summary>
public sealed class JourneyText;
