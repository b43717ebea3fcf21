using System.Globalization;
using Portal.Domain.Accounts;

namespace Portal.Domain.MemberMail;

/// <summary>
/// One member's current digest period in their own time zone: a day, or a week from <see cref="MemberMailOptions.WeeklyDigestDay"/>;
/// it is due from the digest hour of its first day until that day ends (a member who joins later in the week waits for the
/// next one), covers what appeared in the day or week before that moment, and its key makes it once per member and period.
/// </summary>
public sealed record DigestPeriod(string Key, bool IsDue, DateTimeOffset Since, DateTimeOffset DueAt)
{
    public static DigestPeriod For(string memberId, string timeZoneId, DigestFrequency frequency, DateTimeOffset now, MemberMailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var local = TimeZoneInfo.ConvertTime(now, TimeZones.Find(timeZoneId)).DateTime;
        var daily = frequency == DigestFrequency.Daily;
        var start = daily ? local.Date : local.Date.AddDays(-(((int)local.DayOfWeek - (int)options.WeeklyDigestDay + 7) % 7));
        var dueLocal = start.AddHours(options.DigestHour);
        var dueAt = TimeZones.ToInstant(dueLocal, timeZoneId);
        var key = $"digest:{memberId}:{(daily ? 'D' : 'W')}{start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return new DigestPeriod(key, local >= dueLocal && local < start.AddDays(1), dueAt - TimeSpan.FromDays(daily ? 1 : 7), dueAt);
    }
}
