using Portal.Domain.Accounts;

namespace Portal.Domain.Journeys;

/// <summary>When a wait step ends, from the instant the member reached it (not from when a worker got to it, so a late tick never stretches a wait).</summary>
public static class JourneyWaits
{
    /// <summary>
    /// <paramref name="from"/> plus the wait's hours; or the first instant at or after it that is the step's weekday and
    /// hour (on the hour) in the member's own time zone (a wall-clock hour a DST change skips moves forward by the gap).
    /// </summary>
    public static DateTimeOffset Until(JourneyStep step, DateTimeOffset from, string? timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.WaitHours is { } hours)
        {
            return from.AddHours(hours);
        }

        var zone = TimeZones.Find(timeZoneId);
        var local = TimeZoneInfo.ConvertTime(from, zone).DateTime;
        var days = ((int)step.UntilDay - (int)local.DayOfWeek + 7) % 7;
        for (var week = 0; week < 2; week++)
        {
            var date = local.Date.AddDays(days + (7 * week)).AddHours(step.UntilHour);
            var instant = TimeZones.ToInstant(date, zone.Id);
            if (instant >= from)
            {
                return instant;
            }
        }

        throw new InvalidOperationException("A weekday wait always ends within two weeks.");
    }
}
