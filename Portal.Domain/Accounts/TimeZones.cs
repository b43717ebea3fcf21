namespace Portal.Domain.Accounts;

/// <summary>The time zones a member can pick, first the ones Portal's owners live in.</summary>
public static class TimeZones
{
    public const string Default = "Asia/Shanghai";

    public static IReadOnlyList<string> Offered { get; } =
    [
        "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo",
        "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Australia/Sydney", "UTC",
    ];

    public static TimeZoneInfo Find(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById(Default);

    /// <summary>A wall-clock time in a zone as an instant (a time skipped by a DST change moves forward by the gap).</summary>
    public static DateTimeOffset ToInstant(DateTime local, string? timeZoneId)
    {
        var zone = Find(timeZoneId);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddMinutes(30);
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }
}
