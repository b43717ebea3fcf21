namespace Portal.Domain.Events;

/// <summary>
/// What the Studio's events list shows, derived from the status and the clock: drafts, published events not over yet
/// (upcoming, including one under way), published events that have ended (past), and cancelled ones.
/// </summary>
public enum StudioEventFilter
{
    Draft,
    Upcoming,
    Past,
    Cancelled,
}
