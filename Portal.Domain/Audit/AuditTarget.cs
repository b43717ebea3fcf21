namespace Portal.Domain.Audit;

/// <summary>
/// One thing an audit entry names, resolved for reading: <see cref="Name"/> is null when it is gone (it reads "(deleted)").
/// A member's or thread's <see cref="Id"/>; a car adds its <see cref="Number"/> (model year) and owner; a post its thread
/// (<see cref="ThreadId"/>, <see cref="Slug"/>, title as <see cref="Name"/>) and <see cref="Number"/>; boards and
/// announcements carry a Chinese name too.
/// </summary>
public sealed record AuditTarget(
    AuditTargetKind Kind,
    string Id,
    string? Name,
    string? NameZh = null,
    string? Slug = null,
    int? Number = null,
    long? ThreadId = null,
    string? OwnerId = null,
    string? OwnerName = null)
{
    public bool Deleted => Name is null;
}
