namespace Portal.Domain.Journeys;

/// <summary>A label on a member that journeys add and remove (for example <c>win-back-2026</c>); one row per member and tag.</summary>
public sealed class MemberTag
{
    public const int TagMaxLength = 40;

    public required string MemberId { get; set; }

    public required string Tag { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
