using Portal.Domain.Activity;

namespace Portal.Domain.Forums;

/// <summary>What the forums tell the activity bus, once their transaction has committed.</summary>
public sealed class ForumActivity(IActivityBus bus)
{
    public const string PostId = "postId";
    public const string Number = "number";

    public async Task PostCreatedAsync(string actorId, string? actorName, string title, PostLocation location, IEnumerable<string> notified, DateTimeOffset at)
    {
        await bus.PublishAsync(Posted(actorId, actorName, title, location, at));
        await bus.PublishNotificationsAsync(notified, at);
    }

    /// <summary>A new thread (post 1) or reply, as the bus and the ticker's history carry it.</summary>
    internal static ActivityEvent Posted(string actorId, string? actorName, string title, PostLocation location, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(location);
        var kind = location.Number == 1 ? ActivityKinds.ThreadStarted : ActivityKinds.PostCreated;
        return new ActivityEvent(kind, actorId, actorName, Target(location.ThreadId, title, location.Url), ActivityAudience.Everyone, at, Data(location.PostId, location.Number));
    }

    /// <summary>A post changed in place (edited, reacted to, hidden, restored, deleted): thread readers reload it.</summary>
    public Task PostChangedAsync(string kind, string? actorId, long threadId, long postId, int number, DateTimeOffset at) =>
        bus.PublishAsync(new ActivityEvent(kind, actorId, null, Target(threadId), ActivityAudience.Everyone, at, Data(postId, number))).AsTask();

    /// <summary>
    /// After a post was hidden or deleted (<paramref name="postId"/>), or a whole thread hidden (null): tickers drop their
    /// lines about it at once (<see cref="ActivityKinds.Withdrawn"/>; a post's withdrawal names the post, so the thread's
    /// other lines stay).
    /// </summary>
    public Task WithdrawnAsync(long threadId, long? postId, DateTimeOffset at) =>
        bus.PublishAsync(new ActivityEvent(ActivityKinds.Withdrawn, null, null, Target(threadId), ActivityAudience.Everyone, at,
            postId is { } id ? new Dictionary<string, string>(StringComparer.Ordinal) { [PostId] = id.Invariant() } : null)).AsTask();

    /// <summary>The thread itself changed (pinned, locked, hidden, moved, an answer accepted): readers reload its header.</summary>
    public Task ThreadChangedAsync(string? actorId, long threadId, DateTimeOffset at) =>
        bus.PublishAsync(new ActivityEvent(ActivityKinds.ThreadChanged, actorId, null, Target(threadId), ActivityAudience.Everyone, at)).AsTask();

    public Task NotifiedAsync(IEnumerable<string> recipients, DateTimeOffset at) => bus.PublishNotificationsAsync(recipients, at).AsTask();

    public Task TypingAsync(string actorId, string actorName, long threadId, DateTimeOffset at) =>
        bus.PublishAsync(new ActivityEvent(ActivityKinds.Typing, actorId, actorName, Target(threadId), ActivityAudience.Everyone, at)).AsTask();

    private static ActivityTarget Target(long threadId, string? title = null, string? url = null) => new(ActivityTarget.Thread, threadId.Invariant(), title, url);

    private static Dictionary<string, string> Data(long postId, int number) => new(StringComparer.Ordinal) { [PostId] = postId.Invariant(), [Number] = number.Invariant() };
}
