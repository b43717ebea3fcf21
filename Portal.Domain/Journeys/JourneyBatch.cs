using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Events;
using Portal.Domain.Messaging;
using Portal.Domain.Segments;

namespace Portal.Domain.Journeys;

/// <summary>What one claimed batch reads once for all its members: definitions, members' facts and segments, tags, keys already done, the next event.</summary>
internal sealed class JourneyBatch
{
    private readonly Dictionary<(string Member, string Tag), MemberTag?> tags;

    private JourneyBatch(
        Dictionary<(int, int), JourneyDefinition> definitions,
        Dictionary<string, JourneyMemberFacts> members,
        Dictionary<(string, string), MemberTag?> tags,
        HashSet<string> done,
        Dictionary<int, IReadOnlySet<string>> segments,
        (string Title, string Url)? upcomingEvent)
    {
        Definitions = definitions;
        Members = members;
        this.tags = tags;
        Done = done;
        Segments = segments;
        UpcomingEvent = upcomingEvent;
    }

    public Dictionary<(int JourneyId, int Version), JourneyDefinition> Definitions { get; }

    public Dictionary<string, JourneyMemberFacts> Members { get; }

    /// <summary>Idempotency keys already recorded (by an earlier run that committed) or run in this batch.</summary>
    public HashSet<string> Done { get; }

    /// <summary>The next published event that has not started: what an invitation invites to.</summary>
    public (string Title, string Url)? UpcomingEvent { get; }

    /// <summary>Per saved segment a condition asks about, which of the batch's members are in it now.</summary>
    public Dictionary<int, IReadOnlySet<string>> Segments { get; }

    /// <summary>The messages the batch's actions send, each with its record, handed to the dispatcher together.</summary>
    public List<(JourneyActionRecord Record, OutgoingMessage Message)> Messages { get; } = [];

    public static async Task<JourneyBatch> LoadAsync(PortalDbContext db, SegmentEvaluator evaluator, IReadOnlyList<JourneyEnrollment> claimed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var journeyIds = claimed.Select(e => e.JourneyId).Distinct().ToList();
        var definitions = (await db.JourneyVersions.AsNoTracking().Where(v => journeyIds.Contains(v.JourneyId)).ToListAsync(cancellationToken))
            .ToDictionary(v => (v.JourneyId, v.Version), v => JourneyDefinition.FromJson(v.Definition));
        var memberIds = claimed.Select(e => e.MemberId).Distinct(StringComparer.Ordinal).ToList();
        var members = (await db.Users.AsNoTracking().Where(u => memberIds.Contains(u.Id)).Select(u => new { u.Id, u.TimeZoneId, u.PreferredCulture }).ToListAsync(cancellationToken))
            .ToDictionary(u => u.Id, u => new JourneyMemberFacts { TimeZoneId = u.TimeZoneId, ReadsChinese = u.PreferredCulture != null && u.PreferredCulture.StartsWith("zh", StringComparison.Ordinal) }, StringComparer.Ordinal);

        var steps = claimed.SelectMany(e => definitions.GetValueOrDefault((e.JourneyId, e.Version))?.Steps ?? []).ToList();
        var segments = new Dictionary<int, IReadOnlySet<string>>();
        var segmentIds = steps.Where(s => s is { Kind: JourneyStepKind.Condition, Condition: JourneyConditionKind.Segment, SegmentId: not null }).Select(s => s.SegmentId!.Value).Distinct().ToList();
        foreach (var segment in await db.Segments.AsNoTracking().Where(s => segmentIds.Contains(s.Id)).Select(s => new { s.Id, s.Definition }).ToListAsync(cancellationToken))
        {
            segments[segment.Id] = await evaluator.FilterAsync(segment.Definition, memberIds, cancellationToken);
        }

        if (steps.Any(s => s is { Kind: JourneyStepKind.Condition, Condition: JourneyConditionKind.Behaviour }))
        {
            var fromDay = claimed.Min(e => e.EntryDay);
            var days = await db.EngagementMemberDays.AsNoTracking()
                .Where(d => memberIds.Contains(d.MemberId) && d.Day >= fromDay)
                .Select(d => new { d.MemberId, d.Day, d.Kind, d.Count })
                .ToListAsync(cancellationToken);
            foreach (var day in days)
            {
                members.GetValueOrDefault(day.MemberId)?.Days.Add((day.Day, day.Kind, day.Count));
            }
        }

        var tags = new Dictionary<(string, string), MemberTag?>();
        if (steps.Any(s => s.Action is JourneyActionKind.AddTag or JourneyActionKind.RemoveTag && s.Kind == JourneyStepKind.Action))
        {
            foreach (var tag in await db.MemberTags.Where(t => memberIds.Contains(t.MemberId)).ToListAsync(cancellationToken))
            {
                tags[(tag.MemberId, tag.Tag)] = tag;
            }
        }

        var enrollmentIds = claimed.Select(e => e.Id).ToList();
        var done = (await db.JourneyActions.AsNoTracking().Where(a => enrollmentIds.Contains(a.EnrollmentId)).Select(a => a.IdempotencyKey).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        (string, string)? upcoming = null;
        if (steps.Any(s => s.Kind == JourneyStepKind.Action && s.Action == JourneyActionKind.EventInvitation))
        {
            var next = await db.Events.AsNoTracking()
                .Where(e => e.Status == EventStatus.Published && e.StartsAt > now)
                .OrderBy(e => e.StartsAt)
                .Select(e => new { e.Id, e.Title, e.Slug })
                .FirstOrDefaultAsync(cancellationToken);
            upcoming = next is null ? null : (next.Title, EventUrls.Page(next.Id, next.Slug));
        }

        return new JourneyBatch(definitions, members, tags, done, segments, upcoming);
    }

    /// <summary>Whether the member is in the saved segment now (a deleted segment holds nobody).</summary>
    public bool InSegment(int? segmentId, string memberId) => segmentId is { } id && Segments.TryGetValue(id, out var members) && members.Contains(memberId);

    public JourneyActionOutcome AddTag(PortalDbContext db, string memberId, string tag, DateTimeOffset now)
    {
        if (tags.GetValueOrDefault((memberId, tag)) is null)
        {
            var row = new MemberTag { MemberId = memberId, Tag = tag, AddedAt = now };
            db.MemberTags.Add(row);
            tags[(memberId, tag)] = row;
        }

        return JourneyActionOutcome.Sent;
    }

    public JourneyActionOutcome RemoveTag(PortalDbContext db, string memberId, string tag)
    {
        if (tags.GetValueOrDefault((memberId, tag)) is { } row)
        {
            db.MemberTags.Remove(row);
            tags[(memberId, tag)] = null;
        }

        return JourneyActionOutcome.Sent;
    }
}
