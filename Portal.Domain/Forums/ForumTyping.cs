using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Portal.Domain.Activity;

namespace Portal.Domain.Forums;

/// <summary>
/// "X is replying…": the composer reports keystrokes, and at most one signal per member and thread leaves per
/// <see cref="ActivityOptions.TypingThrottle"/>, so a fast typist costs the other readers almost nothing.
/// </summary>
public sealed class ForumTyping(ForumActivity activity, IOptions<ActivityOptions> options, TimeProvider clock)
{
    private const int MaxTracked = 10_000;

    private readonly ConcurrentDictionary<(string Member, long Thread), DateTimeOffset> lastSent = new();

    /// <summary>Whether a signal went out (false while throttled).</summary>
    public async Task<bool> TypingAsync(string memberId, string memberName, long threadId)
    {
        var now = clock.GetUtcNow();
        var key = (memberId, threadId);
        if (lastSent.TryGetValue(key, out var last) && now - last < options.Value.TypingThrottle)
        {
            return false;
        }

        if (lastSent.Count > MaxTracked)
        {
            lastSent.Clear();
        }

        lastSent[key] = now;
        await activity.TypingAsync(memberId, memberName, threadId, now);
        return true;
    }
}
