using Microsoft.EntityFrameworkCore;
using Portal.Domain.Events;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Events;

/// <summary>The demo events, read from a copy of the run's seeded community (<see cref="TestDatabase.CreateSeededAsync"/>).</summary>
public sealed class EventsSeedTests
{
    [Fact]
    public async Task Demo_events_span_past_and_upcoming_with_a_full_one_a_model_one_and_never_overbooked()
    {
        await using var db = await TestDatabase.CreateSeededAsync();

        await using var read = db.CreateDbContext();
        var now = db.Clock.GetUtcNow();
        var events = await read.Events.AsNoTracking().Include(e => e.EligibleModels).ToListAsync();
        var seats = await read.EventSignups.AsNoTracking().Where(s => s.Status == SignupStatus.Confirmed)
            .GroupBy(s => s.EventId).Select(g => new { g.Key, Seats = g.Sum(s => 1 + s.Guests) }).ToDictionaryAsync(g => g.Key, g => g.Seats);
        var waiting = await read.EventSignups.AsNoTracking().Where(s => s.Status == SignupStatus.Waitlisted).Select(s => s.EventId).Distinct().ToListAsync();

        Assert.InRange(events.Count, 22, 30);
        Assert.True(events.Count(e => e.EndsAt < now) >= 5, "past events");
        Assert.True(events.Count(e => e.StartsAt > now) >= 12, "upcoming events");
        Assert.All(events, e => Assert.True(seats.GetValueOrDefault(e.Id) <= e.Capacity, $"{e.Title} is overbooked"));
        Assert.Contains(events, e => waiting.Contains(e.Id) && seats[e.Id] == e.Capacity && e.StartsAt > now);
        Assert.Contains(events, e => e.Eligibility == EventEligibility.ModelOwners && e.EligibleModels.Count == 1 && e.StartsAt > now);
        Assert.True(await read.EventSignups.AnyAsync(s => s.CheckedInAt != null), "past events have attendance");
        Assert.Single(events.Where(e => e.SeriesKey != null).Select(e => e.SeriesKey).Distinct());
        Assert.All(await read.EventSignups.AsNoTracking().ToListAsync(), s => Assert.True(s.SignedUpAt <= now, "no sign-up in the future"));
    }
}
