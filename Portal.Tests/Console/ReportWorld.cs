using System.Globalization;
using Portal.Domain.Engagement;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Console;

/// <summary>Writes known engagement events through the real store, at local times in the default zone (Shanghai, UTC+8).</summary>
internal sealed class ReportWorld(TestDatabase database)
{
    private readonly EngagementCalendar calendar = database.Get<EngagementCalendar>();
    private readonly List<EngagementEvent> events = [];

    /// <summary>The local day the fake clock is on.</summary>
    public int Today => calendar.DayOf(database.Clock.GetUtcNow());

    /// <summary>An event <paramref name="daysAgo"/> local days before today at <paramref name="localHour"/> o'clock local time.</summary>
    public ReportWorld Add(string kind, string targetType, object targetId, int daysAgo, string? member = null, int localHour = 12, int joinedDaysAgo = 400)
    {
        var day = Today - daysAgo;
        var at = calendar.StartOf(day).AddHours(localHour).AddMinutes(events.Count % 50);
        events.Add(new EngagementEvent
        {
            At = at,
            Day = calendar.DayOf(at),
            Kind = kind,
            MemberId = member,
            VisitorId = member is null ? "visitor-" + events.Count.ToString(CultureInfo.InvariantCulture) : null,
            TargetType = targetType,
            TargetId = Convert.ToString(targetId, CultureInfo.InvariantCulture)!,
            AccountAgeDays = member is null ? null : joinedDaysAgo - daysAgo,
            Stage = member is null ? null : LifecycleStage.Active,
        });
        return this;
    }

    public ReportWorld Repeat(int times, string kind, string targetType, object targetId, int daysAgo, int localHour = 12)
    {
        for (var i = 0; i < times; i++)
        {
            Add(kind, targetType, targetId, daysAgo, localHour: localHour);
        }

        return this;
    }

    /// <summary>Writes everything added so far in two batches (out of order), with <paramref name="dropped"/> signals lost on the last one.</summary>
    public async Task WriteAsync(long dropped = 0)
    {
        var store = database.Get<IEngagementStore>();
        var shuffled = events.OrderBy(e => e.At.Ticks % 7).ToList();
        await store.WriteAsync(shuffled[..(shuffled.Count / 2)], 0, CancellationToken.None);
        await store.WriteAsync(shuffled[(shuffled.Count / 2)..], dropped, CancellationToken.None);
        events.Clear();
    }
}
