namespace Portal.Domain.Segments;

/// <summary>How many members a saved segment had on a local day (<see cref="DateOnly.DayNumber"/>): its size trend.</summary>
public sealed class SegmentSize
{
    public int SegmentId { get; set; }

    public int Day { get; set; }

    public int Members { get; set; }
}
