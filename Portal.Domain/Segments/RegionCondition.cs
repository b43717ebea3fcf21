namespace Portal.Domain.Segments;

/// <summary>The city on the member's profile is <see cref="Region"/> (as the engagement segments read it: trimmed).</summary>
public sealed record RegionCondition(string Region) : SegmentCondition;
