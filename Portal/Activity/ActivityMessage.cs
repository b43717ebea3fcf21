using Portal.Domain.Activity;

namespace Portal.Activity;

/// <summary>An activity as hub clients receive it (JSON, camelCase): who is in its audience stays on the server.</summary>
public sealed record ActivityMessage(
    string Kind,
    string? ActorId,
    string? ActorName,
    string TargetType,
    string TargetId,
    string? Title,
    string? Url,
    DateTimeOffset At,
    IReadOnlyDictionary<string, string>? Data)
{
    public static ActivityMessage From(ActivityEvent activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new(activity.Kind, activity.ActorId, activity.ActorName, activity.Target.Type, activity.Target.Id, activity.Target.Title, activity.Target.Url, activity.At, activity.Data);
    }
}
