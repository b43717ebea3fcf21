using System.Globalization;

namespace Portal.Domain.Activity;

/// <summary>
/// Something that happened that others may want to see now: a reply, a new thread, seats changing. Published by
/// domain services after their transaction commits. <see cref="Data"/> carries small invariant-culture values
/// (a post number, seats left) so the record serialises as it is for a Redis bus or a SignalR client.
/// </summary>
public sealed record ActivityEvent(
    string Kind,
    string? ActorId,
    string? ActorName,
    ActivityTarget Target,
    ActivityAudience Audience,
    DateTimeOffset At,
    IReadOnlyDictionary<string, string>? Data = null)
{
    public string? Value(string key) => Data is not null && Data.TryGetValue(key, out var value) ? value : null;

    /// <summary>A whole-number data value (written with the invariant culture), or null when absent or not a number.</summary>
    public int? IntValue(string key) =>
        int.TryParse(Value(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>Whether this tells <paramref name="memberId"/> that their notifications changed (a new one, or some read).</summary>
    public bool ChangesNotificationsOf(string memberId) =>
        Kind is ActivityKinds.NotificationCreated or ActivityKinds.NotificationsRead
        && Audience.Visibility == ActivityVisibility.Member && Audience.MemberId == memberId;
}
