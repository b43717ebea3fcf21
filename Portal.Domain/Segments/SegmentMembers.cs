using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;

namespace Portal.Domain.Segments;

/// <summary>
/// Named members of a segment, for operators only and audited: a small sample for the builder, and every member page by
/// page for the CSV list (a page of rows, then its cars, never the whole segment in memory).
/// </summary>
public sealed class SegmentMembers(IDbContextFactory<PortalDbContext> contexts, SegmentEvaluator evaluator, TimeProvider clock)
{
    public const int SampleSize = 10;
    public const int PageSize = 500;

    /// <summary>Up to <see cref="SampleSize"/> members, most recently active first.</summary>
    public async Task<IReadOnlyList<SegmentMemberRow>> SampleAsync(SegmentDefinition definition, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await Rows(db, definition).OrderByDescending(r => r.LastActiveAt).ThenBy(r => r.Id).Take(SampleSize).ToListAsync(ct);
        return await WithCarsAsync(db, rows, ct);
    }

    /// <summary>Every member, ordered by id, a page at a time.</summary>
    public async IAsyncEnumerable<IReadOnlyList<SegmentMemberRow>> PagesAsync(SegmentDefinition definition, [EnumeratorCancellation] CancellationToken ct)
    {
        var after = "";
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rows = await Rows(db, definition).Where(r => r.Id.CompareTo(after) > 0).OrderBy(r => r.Id).Take(PageSize).ToListAsync(ct);
            if (rows.Count == 0)
            {
                yield break;
            }

            yield return await WithCarsAsync(db, rows, ct);
            after = rows[^1].Id;
        }
    }

    /// <summary>Writes that <paramref name="operatorId"/> looked at members of the segment (<paramref name="segmentId"/> null while unsaved).</summary>
    public Task AuditViewedAsync(string operatorId, int? segmentId, CancellationToken ct) =>
        AuditAsync(operatorId, AuditActions.SegmentMembersViewed, segmentId, detail: null, ct);

    /// <summary>Writes that <paramref name="operatorId"/> downloaded the segment's member list.</summary>
    public Task AuditExportedAsync(string operatorId, int segmentId, CancellationToken ct) =>
        AuditAsync(operatorId, AuditActions.ConsoleExported, segmentId, "members", ct);

    private async Task AuditAsync(string operatorId, string action, int? segmentId, string? detail, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = operatorId,
            Action = action,
            TargetType = "Segment",
            TargetId = segmentId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "new",
            Detail = detail,
            At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
    }

    private IQueryable<Row> Rows(PortalDbContext db, SegmentDefinition definition) =>
        from u in evaluator.Members(db, definition)
        join p in db.EngagementProfiles on u.Id equals p.MemberId into profiles
        from p in profiles.DefaultIfEmpty()
        select new Row
        {
            Id = u.Id, DisplayName = u.DisplayName, City = u.City, JoinedAt = u.JoinedAt,
            Stage = p == null ? null : (Engagement.LifecycleStage?)p.Stage, LastActiveAt = p == null ? null : p.LastActiveAt,
        };

    private static async Task<IReadOnlyList<SegmentMemberRow>> WithCarsAsync(PortalDbContext db, List<Row> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var cars = (await db.Vehicles.AsNoTracking().Where(v => ids.Contains(v.OwnerId))
                .Select(v => new { v.OwnerId, v.ModelId, Verified = v.VerifiedAt != null }).ToListAsync(ct))
            .ToLookup(v => v.OwnerId);
        return [.. rows.Select(r => new SegmentMemberRow(
            r.Id, r.DisplayName, r.City, [.. cars[r.Id].Select(c => c.ModelId).Distinct().Order()], cars[r.Id].Any(c => c.Verified), r.Stage, r.JoinedAt, r.LastActiveAt))];
    }

    /// <summary>A member and their profile as the query reads them (cars come after, per page).</summary>
    private sealed class Row
    {
        public required string Id { get; init; }

        public required string DisplayName { get; init; }

        public string? City { get; init; }

        public DateTimeOffset JoinedAt { get; init; }

        public Engagement.LifecycleStage? Stage { get; init; }

        public DateTimeOffset? LastActiveAt { get; init; }
    }
}
