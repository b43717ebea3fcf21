using Portal.Domain.Activity;

namespace Portal.Domain.Events;

/// <summary>What events tell the activity bus, once their transaction has committed.</summary>
public sealed class EventActivity(IActivityBus bus)
{
    public const string SeatsLeft = "seatsLeft";
    public const string Confirmed = "confirmed";
    public const string Waitlist = "waitlist";
    public const string Capacity = "capacity";
    public const string Status = "status";
    public const string CheckedIn = "checkedIn";

    /// <summary>
    /// Seats changed (a sign-up, a cancellation, a promotion, a new capacity). Everyone sees a published event's seats;
    /// a draft's only reach staff. <paramref name="signupsAdded"/> feeds the operators' sign-ups-per-hour counter.
    /// </summary>
    public async Task SeatsChangedAsync(string? actorId, SeatsSnapshot seats, int signupsAdded, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(seats);
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SeatsLeft] = Math.Max(0, seats.Capacity - seats.Taken).Invariant(),
            [Confirmed] = seats.Taken.Invariant(),
            [Waitlist] = seats.Waiting.Invariant(),
            [Capacity] = seats.Capacity.Invariant(),
            [Status] = seats.Status.ToString(),
        };
        if (signupsAdded > 0)
        {
            data[LiveCounters.SignupsAdded] = signupsAdded.Invariant();
        }

        var audience = seats.Status == EventStatus.Draft ? ActivityAudience.Staff : ActivityAudience.Everyone;
        await bus.PublishAsync(new ActivityEvent(ActivityKinds.EventSeatsChanged, actorId, null, Target(seats), audience, at, data));
    }

    public async Task CheckedInAsync(string operatorId, SeatsSnapshot seats, int checkedInPeople, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(seats);
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [CheckedIn] = checkedInPeople.Invariant() };
        await bus.PublishAsync(new ActivityEvent(ActivityKinds.EventCheckedIn, operatorId, null, Target(seats), ActivityAudience.Operators, at, data));
    }

    public Task NotifiedAsync(IEnumerable<string> recipients, DateTimeOffset at) => bus.PublishNotificationsAsync(recipients, at).AsTask();

    private static ActivityTarget Target(SeatsSnapshot seats) => new(ActivityTarget.Event, seats.EventId.Invariant(), seats.Title, EventUrls.Page(seats.EventId, seats.Slug));
}
