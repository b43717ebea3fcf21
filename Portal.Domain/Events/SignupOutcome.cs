namespace Portal.Domain.Events;

/// <summary>Where a member stands at an event: confirmed (with their door code), or waitlisted at a position (from 1).</summary>
public sealed record SignupOutcome(long SignupId, SignupStatus Status, int Guests, string Code, int? WaitlistPosition, DateTimeOffset? CheckedInAt)
{
    public bool IsActive => Status != SignupStatus.Cancelled;
}
