using Microsoft.Extensions.Options;

namespace Portal.Domain.Engagement;

/// <summary>Local days and weeks in <see cref="PortalOptions.DefaultTimeZone"/>, and UTC hours, as the rollups number them.</summary>
public sealed class EngagementCalendar(IOptions<PortalOptions> options)
{
    public TimeZoneInfo Zone { get; } = Accounts.TimeZones.Find(options.Value.DefaultTimeZone);

    /// <summary>The local day of an instant, as a <see cref="DateOnly.DayNumber"/>.</summary>
    public int DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime).DayNumber;

    /// <summary>Monday of the week a day falls in.</summary>
    public static int WeekOf(int day) => day - (((int)DateOnly.FromDayNumber(day).DayOfWeek + 6) % 7);

    /// <summary>Whole hours since the Unix epoch, UTC.</summary>
    public static long HourOf(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerHour;

    public static DateOnly DateOf(int day) => DateOnly.FromDayNumber(day);

    /// <summary>The instant a local day starts.</summary>
    public DateTimeOffset StartOf(int day) => Accounts.TimeZones.ToInstant(DateOf(day).ToDateTime(TimeOnly.MinValue), Zone.Id);
}
