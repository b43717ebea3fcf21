using System.Collections.Concurrent;

namespace Portal.Domain.Activity;

/// <summary>
/// Who is connected to this node right now: Blazor circuits and hub connections, each counted once per member
/// (a member with three tabs is one member online). Anonymous visitors are counted apart.
/// </summary>
public sealed class PresenceTracker
{
    private readonly ConcurrentDictionary<string, string?> connections = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> members = new(StringComparer.Ordinal);
    private int version;

    /// <summary>Goes up on every change, so a broadcaster can tell whether there is news.</summary>
    public int Version => Volatile.Read(ref version);

    public int MembersOnline => members.Count;

    public int VisitorsOnline => connections.Count(c => c.Value is null);

    public void Connect(string connectionId, string? memberId)
    {
        if (!connections.TryAdd(connectionId, memberId))
        {
            return;
        }

        if (memberId is not null)
        {
            members.AddOrUpdate(memberId, 1, (_, n) => n + 1);
        }

        Interlocked.Increment(ref version);
    }

    public void Disconnect(string connectionId)
    {
        if (!connections.TryRemove(connectionId, out var memberId))
        {
            return;
        }

        if (memberId is not null)
        {
            // Decrement, and drop the member once their last connection has gone.
            while (members.TryGetValue(memberId, out var n))
            {
                if (n <= 1 ? members.TryRemove(new KeyValuePair<string, int>(memberId, n)) : members.TryUpdate(memberId, n - 1, n))
                {
                    break;
                }
            }
        }

        Interlocked.Increment(ref version);
    }

    public bool IsOnline(string memberId) => members.ContainsKey(memberId);
}
