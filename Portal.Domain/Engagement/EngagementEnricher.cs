using System.Collections.Concurrent;

namespace Portal.Domain.Engagement;

/// <summary>
/// Turns signals into stored events: the local day and the member's segment at that moment (models, verified, region,
/// account age, lifecycle stage). Segments are cached for a few minutes, and the cache follows the member's activity.
/// </summary>
internal sealed class EngagementEnricher(EngagementCalendar calendar, Lifecycle lifecycle, TimeProvider clock)
{
    private const int MaxCached = 100_000;
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (MemberSegment Segment, DateTimeOffset Loaded)> cache = new(StringComparer.Ordinal);

    public async Task<List<EngagementEvent>> EnrichAsync(IReadOnlyList<EngagementSignal> signals, IEngagementStore store, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var missing = signals.Where(s => s.MemberId is not null && !Fresh(s.MemberId, now)).Select(s => s.MemberId!).ToHashSet(StringComparer.Ordinal);
        if (missing.Count > 0)
        {
            if (cache.Count + missing.Count > MaxCached)
            {
                cache.Clear();
            }

            foreach (var (id, segment) in await store.LoadSegmentsAsync(missing, cancellationToken))
            {
                cache[id] = (segment, now);
            }
        }

        var events = new List<EngagementEvent>(signals.Count);
        foreach (var signal in signals)
        {
            events.Add(Enrich(signal, now));
        }

        return events;
    }

    private bool Fresh(string memberId, DateTimeOffset now) => cache.TryGetValue(memberId, out var entry) && now - entry.Loaded < CacheFor;

    private EngagementEvent Enrich(EngagementSignal signal, DateTimeOffset now)
    {
        var day = calendar.DayOf(signal.At);
        var e = new EngagementEvent
        {
            At = signal.At,
            Day = day,
            Kind = Clip(signal.Kind, EngagementEvent.KindMaxLength),
            MemberId = signal.MemberId,
            VisitorId = signal.MemberId is null ? signal.VisitorId : null,
            TargetType = Clip(signal.TargetType, EngagementEvent.TargetTypeMaxLength),
            TargetId = Clip(signal.TargetId, EngagementEvent.TargetIdMaxLength),
            Device = signal.Device,
        };
        if (signal.MemberId is null || !cache.TryGetValue(signal.MemberId, out var entry))
        {
            // A member id that no longer exists keeps its id but no segment.
            return e;
        }

        var segment = entry.Segment;
        var joinedDay = calendar.DayOf(segment.JoinedAt);
        e.Models = segment.Models;
        e.Verified = segment.Verified;
        e.Region = segment.Region;
        e.AccountAgeDays = Math.Max(0, day - joinedDay);
        e.Stage = lifecycle.StageOn(day, joinedDay, segment.LastActiveAt is { } last ? calendar.DayOf(last) : null);
        if (segment.LastActiveAt is null || signal.At > segment.LastActiveAt)
        {
            cache[signal.MemberId] = (segment with { LastActiveAt = signal.At }, entry.Loaded);
        }

        return e;
    }

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];
}
