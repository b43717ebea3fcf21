namespace Portal.Domain.Audit;

/// <summary>What an audit entry touched, as the audit log names and links it.</summary>
public enum AuditTargetKind
{
    /// <summary>A target type the log does not know yet: it reads as "an item", never as its id.</summary>
    Other,
    Member,
    Vehicle,
    Thread,
    Post,
    Board,
    Segment,

    /// <summary>A segment looked at in the builder before it was saved.</summary>
    UnsavedSegment,
    Announcement,
    Journey,
    Report,
    Event,
}
