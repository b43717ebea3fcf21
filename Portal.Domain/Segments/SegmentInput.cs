namespace Portal.Domain.Segments;

/// <summary>What an operator saves: a name (unique), an optional description and the conditions.</summary>
public sealed record SegmentInput(string Name, string? Description, SegmentDefinition Definition);
