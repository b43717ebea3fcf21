using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Engagement.Reports;

namespace Portal.Domain.Audit;

/// <summary>
/// Names what a page of audit entries touched: one query per target type that occurs on the page (members with the
/// actors and car owners, cars, threads, posts, boards of moves, segments, announcements, journeys, events), and reads each
/// writer's <see cref="AuditEntry.TargetType"/>, <see cref="AuditEntry.TargetId"/> and <see cref="AuditEntry.Detail"/>.
/// </summary>
internal static partial class AuditTargets
{
    public static async Task<IReadOnlyList<AuditLine>> ResolveAsync(PortalDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        var kinds = entries.ToDictionary(e => e.Id, KindOf);
        var moves = entries.Where(e => e.Action == AuditActions.ThreadMoved).ToDictionary(e => e.Id, e => ParseMove(e.Detail));
        var vehicleIds = IntIds(entries, kinds, AuditTargetKind.Vehicle);
        var vehicles = await db.Vehicles.AsNoTracking().Where(v => vehicleIds.Contains(v.Id))
            .Select(v => new { v.Id, Model = v.Model!.Name, v.Year, v.OwnerId }).ToDictionaryAsync(v => v.Id, ct);
        var memberIds = entries.Select(e => e.ActorId)
            .Concat(entries.Where(e => kinds[e.Id] == AuditTargetKind.Member).Select(e => e.TargetId))
            .Concat(vehicles.Values.Select(v => v.OwnerId)).Distinct().ToList();
        var members = await db.Users.AsNoTracking().Where(u => memberIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var threadIds = LongIds(entries, kinds, AuditTargetKind.Thread);
        var threads = threadIds.Count == 0 ? [] : await db.Threads.AsNoTracking().Where(t => threadIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => new AuditTarget(AuditTargetKind.Thread, Invariant(t.Id), t.Title, Slug: t.Slug, ThreadId: t.Id), ct);
        var postIds = LongIds(entries, kinds, AuditTargetKind.Post);
        var posts = postIds.Count == 0 ? [] : await db.Posts.AsNoTracking().Where(p => postIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Number, p.ThreadId, p.Thread!.Title, p.Thread.Slug })
            .ToDictionaryAsync(p => p.Id, p => new AuditTarget(AuditTargetKind.Post, Invariant(p.Id), p.Title, Slug: p.Slug, Number: p.Number, ThreadId: p.ThreadId), ct);
        var boardIds = moves.Values.SelectMany(m => new[] { m.From, m.To }).OfType<int>().Distinct().ToList();
        var boards = boardIds.Count == 0 ? [] : await db.Boards.AsNoTracking().Where(b => boardIds.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => new AuditTarget(AuditTargetKind.Board, Invariant(b.Id), b.Name, b.NameZh, b.Slug), ct);
        var segmentIds = IntIds(entries, kinds, AuditTargetKind.Segment);
        var segments = segmentIds.Count == 0 ? [] : await db.Segments.AsNoTracking().Where(s => segmentIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var announcementIds = IntIds(entries, kinds, AuditTargetKind.Announcement);
        var announcements = announcementIds.Count == 0 ? [] : await db.Announcements.AsNoTracking().Where(a => announcementIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new { a.TitleEnglish, a.TitleChinese }, ct);
        var journeyIds = IntIds(entries, kinds, AuditTargetKind.Journey);
        var journeys = journeyIds.Count == 0 ? [] : await db.Journeys.AsNoTracking().Where(j => journeyIds.Contains(j.Id)).ToDictionaryAsync(j => j.Id, j => j.Name, ct);
        var eventIds = IntIds(entries, kinds, AuditTargetKind.Event).Concat(entries.Select(PlaceIdOf).OfType<int>()).Distinct().ToList();
        var events = eventIds.Count == 0 ? [] : await db.Events.AsNoTracking().Where(ev => eventIds.Contains(ev.Id)).ToDictionaryAsync(ev => ev.Id, ev => ev.Title, ct);

        AuditTarget Member(string id) => new(AuditTargetKind.Member, id, members.GetValueOrDefault(id));

        AuditTarget Event(int id) => new(AuditTargetKind.Event, Invariant(id), events.GetValueOrDefault(id));

        AuditTarget Target(AuditEntry e, AuditTargetKind kind)
        {
            var id = e.TargetId;
            return kind switch
            {
                AuditTargetKind.Member => Member(id),
                AuditTargetKind.Vehicle => IntOf(id) is { } v && vehicles.TryGetValue(v, out var car)
                    ? new AuditTarget(kind, id, car.Model, Number: car.Year, OwnerId: car.OwnerId, OwnerName: members.GetValueOrDefault(car.OwnerId))
                    : new AuditTarget(kind, id, null),
                AuditTargetKind.Thread => LongOf(id) is { } t && threads.TryGetValue(t, out var thread) ? thread : new AuditTarget(kind, id, null),
                AuditTargetKind.Post => LongOf(id) is { } p && posts.TryGetValue(p, out var post) ? post : new AuditTarget(kind, id, null),
                AuditTargetKind.Segment => new AuditTarget(kind, id, IntOf(id) is { } s ? segments.GetValueOrDefault(s) : null),
                AuditTargetKind.Announcement => IntOf(id) is { } a && announcements.TryGetValue(a, out var announcement)
                    ? new AuditTarget(kind, id, announcement.TitleEnglish, announcement.TitleChinese)
                    : new AuditTarget(kind, id, null),
                AuditTargetKind.Journey => new AuditTarget(kind, id, IntOf(id) is { } j ? journeys.GetValueOrDefault(j) : null),
                AuditTargetKind.Event => IntOf(id) is { } ev ? Event(ev) : new AuditTarget(kind, id, null),
                AuditTargetKind.Report or AuditTargetKind.UnsavedSegment => new AuditTarget(kind, id, id),
                _ => new AuditTarget(kind, "", ""),
            };
        }

        AuditTarget? Board(int? id) => id is { } b ? boards.GetValueOrDefault(b) ?? new AuditTarget(AuditTargetKind.Board, Invariant(b), null) : null;

        return [.. entries.Select(e =>
        {
            var kind = kinds[e.Id];
            var (note, number) = NoteOf(e, kind);
            var move = moves.GetValueOrDefault(e.Id);
            return new AuditLine(e.Id, e.At, Member(e.ActorId), e.Action, Target(e, kind), note, number, Board(move.From), Board(move.To),
                PlaceIdOf(e) is { } place ? Event(place) : null);
        })];
    }

    private static AuditTargetKind KindOf(AuditEntry entry) => entry.TargetType.ToUpperInvariant() switch
    {
        "MEMBER" => AuditTargetKind.Member,
        "VEHICLE" => AuditTargetKind.Vehicle,
        "THREAD" => AuditTargetKind.Thread,
        "POST" => AuditTargetKind.Post,
        "SEGMENT" => entry.TargetId == "new" ? AuditTargetKind.UnsavedSegment : AuditTargetKind.Segment,
        "ANNOUNCEMENT" => AuditTargetKind.Announcement,
        "JOURNEY" => AuditTargetKind.Journey,
        "EVENT" => AuditTargetKind.Event,
        _ when entry.TargetType == ReportExports.AuditTargetType => AuditTargetKind.Report,
        _ => AuditTargetKind.Other,
    };

    /// <summary>
    /// The words an action's detail adds: the role, the reason (of a rejected car: its code and note), the days of a
    /// silence, the segment of an announcement, what an event edit changed; the number is a silence's days or how many
    /// attendees a message reached.
    /// </summary>
    private static (string? Note, int? Number) NoteOf(AuditEntry entry, AuditTargetKind kind)
    {
        var detail = entry.Detail;
        return entry.Action switch
        {
            AuditActions.RoleGranted or AuditActions.RoleRevoked or AuditActions.ThreadHidden or AuditActions.PostHidden or AuditActions.VehicleRejected => (detail, null),
            AuditActions.MemberSilenced when detail is not null && SilenceDetail().Match(detail) is { Success: true } m =>
                (m.Groups["reason"].Value, int.Parse(m.Groups["days"].Value, CultureInfo.InvariantCulture)),
            AuditActions.AnnouncementScheduled when detail is not null && AnnouncementDetail().Match(detail) is { Success: true } m => (m.Groups["segment"].Value, null),
            AuditActions.ConsoleExported when kind == AuditTargetKind.Report => (detail, null),
            AuditActions.EventEdited => (detail, null),
            AuditActions.EventMessaged when detail is not null && IntOf(detail) is { } count => (null, count),
            _ => (null, null),
        };
    }

    /// <summary>The event an entry about a member happened at (an undone check-in), from its detail.</summary>
    private static int? PlaceIdOf(AuditEntry entry) => entry.Action == AuditActions.CheckInUndone ? IntOf(entry.Detail ?? "") : null;

    private static (int? From, int? To) ParseMove(string? detail)
    {
        var parts = detail?.Split(" → ") ?? [];
        return parts.Length == 2 ? (IntOf(parts[0]), IntOf(parts[1])) : (null, null);
    }

    private static List<int> IntIds(IEnumerable<AuditEntry> entries, Dictionary<long, AuditTargetKind> kinds, AuditTargetKind kind) =>
        [.. entries.Where(e => kinds[e.Id] == kind).Select(e => IntOf(e.TargetId)).OfType<int>().Distinct()];

    private static List<long> LongIds(IEnumerable<AuditEntry> entries, Dictionary<long, AuditTargetKind> kinds, AuditTargetKind kind) =>
        [.. entries.Where(e => kinds[e.Id] == kind).Select(e => LongOf(e.TargetId)).OfType<long>().Distinct()];

    private static int? IntOf(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static long? LongOf(string text) => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static string Invariant(long id) => id.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<days>\d+)d: (?<reason>.*)$", RegexOptions.Singleline)]
    private static partial Regex SilenceDetail();

    [GeneratedRegex(@"^(?<segment>.*): \d+ members, at ", RegexOptions.Singleline)]
    private static partial Regex AnnouncementDetail();
}
