namespace Portal.Domain.Segments;

/// <summary>A saved, named segment: its conditions are evaluated whenever it is used (segments are dynamic).</summary>
public sealed class Segment
{
    public const int NameMaxLength = 80;
    public const int DescriptionMaxLength = 400;

    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The conditions, stored as <see cref="SegmentJson"/>.</summary>
    public required SegmentDefinition Definition { get; set; }

    public required string CreatedById { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
