namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// The member side of an event funnel, for one event, one city or a whole range. Read from <c>EventSignups</c> (the
/// source of truth: each row is a member's latest place at an event). Every count is null (withheld by
/// <see cref="PrivacyFloor"/>) when the group, the distinct members who signed up or joined the waitlist, has 1 to 4 members.
/// </summary>
/// <param name="Members">Distinct members with a sign-up of any status (null when withheld).</param>
/// <param name="SignedUp">Sign-ups holding a seat now (confirmed at once or promoted from the waitlist).</param>
/// <param name="Attended">Confirmed sign-ups checked in at the door.</param>
/// <param name="EndedSignedUp">Confirmed sign-ups of events that have ended: what the no-show rate divides by.</param>
/// <param name="NoShows">Confirmed sign-ups of ended events never checked in.</param>
/// <param name="WaitlistJoins">Sign-ups that went onto the waitlist (still waiting, promoted or left it).</param>
/// <param name="Promotions">Waitlisted sign-ups later given a seat.</param>
/// <param name="Cancelled">Sign-ups cancelled by the member.</param>
public sealed record FunnelCounts(long? Members, long? SignedUp, long? Attended, long? EndedSignedUp, long? NoShows, long? WaitlistJoins, long? Promotions, long? Cancelled)
{
    /// <summary>No-shows ÷ confirmed sign-ups of ended events; null when withheld or nothing has ended.</summary>
    public double? NoShowRate => Ratio(NoShows, EndedSignedUp);

    /// <summary>Promotions ÷ waitlist joins; null when withheld or nobody waited.</summary>
    public double? WaitlistConversion => Ratio(Promotions, WaitlistJoins);

    public bool Withheld => Members is null;

    private static double? Ratio(long? part, long? whole) => part is { } p && whole is > 0 ? (double)p / whole.Value : null;
}
