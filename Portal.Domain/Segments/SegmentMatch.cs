namespace Portal.Domain.Segments;

/// <summary>How a group combines its conditions.</summary>
public enum SegmentMatch
{
    /// <summary>Every condition (AND); an empty group matches everyone.</summary>
    All,

    /// <summary>At least one condition (OR); an empty group matches everyone too (it restricts nothing).</summary>
    Any,
}
