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

    [Fact]
    public async Task Seeded_events_fall_on_the_weekday_their_titles_name_and_have_discussions_with_some_names_hidden()
    {
        await using var db = await TestDatabase.CreateSeededAsync();

        await using var read = db.CreateDbContext();
        var now = db.Clock.GetUtcNow();
        var events = await read.Events.AsNoTracking().Where(e => e.Status != EventStatus.Draft).ToListAsync();
        var named = events.Select(e => (Event: e, Day: NamedDay(e.Title))).Where(x => x.Day is not null).ToList();
        Assert.Contains(named, x => x.Event.SeriesKey is not null);
        Assert.All(named, x => Assert.Contains(EventTimesIn(x.Event).DayOfWeek, x.Day!));
        Assert.All(events, e => Assert.NotNull(e.ThreadId));
        var pastThreads = events.Where(e => e.EndsAt < now).Select(e => e.ThreadId!.Value).ToList();
        Assert.True(await read.Threads.CountAsync(t => pastThreads.Contains(t.Id) && t.ReplyCount > 0) >= pastThreads.Count / 2, "past events are talked about");
        Assert.All(await read.Posts.AsNoTracking().Where(p => pastThreads.Contains(p.ThreadId) && p.Number > 1).ToListAsync(), p => Assert.True(p.CreatedAt < now.AddMinutes(-59)));
        var signups = await read.EventSignups.AsNoTracking().Where(s => s.Status == SignupStatus.Confirmed).ToListAsync();
        Assert.InRange(signups.Count(s => s.HideName), signups.Count / 20, signups.Count / 4);
    }

    private static DateTimeOffset EventTimesIn(OwnerEvent ev) => TimeZoneInfo.ConvertTime(ev.StartsAt, Portal.Domain.Accounts.TimeZones.Find(ev.TimeZoneId));

    /// <summary>The days a title names (周三, Wednesday, 周末, weekend…), or null when it names none.</summary>
    private static DayOfWeek[]? NamedDay(string title)
    {
        string[][] names =
        [
            ["周日", "星期日", "Sunday"], ["周一", "星期一", "Monday"], ["周二", "星期二", "Tuesday"], ["周三", "星期三", "Wednesday"],
            ["周四", "星期四", "Thursday"], ["周五", "星期五", "Friday"], ["周六", "星期六", "Saturday"],
        ];
        for (var day = 0; day < names.Length; day++)
        {
            if (names[day].Any(n => title.Contains(n, StringComparison.OrdinalIgnoreCase)))
            {
                return [(DayOfWeek)day];
            }
        }

        return title.Contains("周末", StringComparison.Ordinal) || title.Contains("weekend", StringComparison.OrdinalIgnoreCase) ? [DayOfWeek.Saturday, DayOfWeek.Sunday] : null;
    }
}
