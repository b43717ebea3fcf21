using Portal.Domain.Accounts;

namespace Portal.Domain.Messaging;

/// <summary>
/// Quiet hours in the member's own time zone (<c>Portal:Messaging:QuietHoursStart</c> to <c>QuietHoursEnd</c>, 21:00 to
/// 08:00 by default, across midnight when the start is later than the end): a message due inside them waits until they end.
/// </summary>
public static class QuietHours
{
    /// <summary><paramref name="at"/> itself when it is outside quiet hours in <paramref name="timeZoneId"/>, else the instant they end.</summary>
    public static DateTimeOffset Release(DateTimeOffset at, string? timeZoneId, TimeSpan start, TimeSpan end)
    {
        if (start == end)
        {
            return at;
        }

        var local = TimeZoneInfo.ConvertTime(at, TimeZones.Find(timeZoneId)).DateTime;
        var time = local.TimeOfDay;
        var acrossMidnight = start > end;
        var quiet = acrossMidnight ? time >= start || time < end : time >= start && time < end;
        if (!quiet)
        {
            return at;
        }

        var morning = acrossMidnight && time >= start ? local.Date.AddDays(1) + end : local.Date + end;
        return TimeZones.ToInstant(morning, timeZoneId);
    }
}
