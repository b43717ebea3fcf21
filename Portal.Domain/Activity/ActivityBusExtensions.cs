using System.Globalization;

namespace Portal.Domain.Activity;

public static class ActivityBusExtensions
{
    /// <summary>Tells each recipient's bell that a notification arrived (after the transaction that wrote them).</summary>
    public static async ValueTask PublishNotificationsAsync(this IActivityBus bus, IEnumerable<string> recipientIds, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bus);
        ArgumentNullException.ThrowIfNull(recipientIds);
        foreach (var recipient in recipientIds)
        {
            await bus.PublishAsync(
                new ActivityEvent(ActivityKinds.NotificationCreated, null, null, new ActivityTarget(ActivityTarget.Member, recipient), ActivityAudience.Member(recipient), at),
                cancellationToken);
        }
    }

    /// <summary>Invariant-culture text for <see cref="ActivityEvent.Data"/> values.</summary>
    public static string Invariant(this long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Invariant-culture text for <see cref="ActivityEvent.Data"/> values.</summary>
    public static string Invariant(this int value) => value.ToString(CultureInfo.InvariantCulture);
}
