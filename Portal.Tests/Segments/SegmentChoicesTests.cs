using Portal.Domain.Engagement;
using Portal.Domain.Events;
using Portal.Domain.Segments;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Segments;

public sealed class SegmentChoicesTests
{
    [Fact]
    public async Task An_events_label_carries_the_communitys_date_not_the_utc_one()
    {
        await using var database = await TestDatabase.CreateAsync();
        var calendar = database.Get<EngagementCalendar>();
        var organiser = await database.CreateMemberAsync("Organiser");
        var today = calendar.DayOf(database.Clock.GetUtcNow());
        var startsAt = calendar.StartOf(today + 5).AddMinutes(30); // 00:30 local: still the day before in UTC
        Assert.NotEqual(DateOnly.FromDateTime(startsAt.UtcDateTime), EngagementCalendar.DateOf(today + 5));
        await using (var db = database.CreateDbContext())
        {
            db.Events.Add(new OwnerEvent { Title = "Night drive", Slug = "night-drive", TimeZoneId = calendar.Zone.Id, City = "上海", CreatedById = organiser, StartsAt = startsAt, EndsAt = startsAt.AddHours(2) });
            await db.SaveChangesAsync();
        }

        var label = Assert.Single(await database.Get<SegmentChoices>().EventsAsync(CancellationToken.None), c => c.Label.StartsWith("Night drive", StringComparison.Ordinal)).Label;

        Assert.Equal($"Night drive · 上海 · {EngagementCalendar.DateOf(today + 5):yyyy-MM-dd}", label);
    }
}
