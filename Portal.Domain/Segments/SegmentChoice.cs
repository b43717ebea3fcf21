namespace Portal.Domain.Segments;

/// <summary>One value the builder offers for a condition (a board, an event, a city): the id it stores and what it reads as.</summary>
public sealed record SegmentChoice(string Value, string Label);
