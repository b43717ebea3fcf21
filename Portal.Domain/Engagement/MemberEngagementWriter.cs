using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Engagement;

/// <summary>
/// A batch's part per member: what each did per day (<see cref="EngagementMemberDay"/>) and in which weeks
/// (<see cref="EngagementMemberWeek"/>), views per board and category (<see cref="EngagementMemberSectionDay"/>), and
/// their <see cref="EngagementProfile"/> (first and last seen, segment, lifecycle stage). Runs inside
/// <see cref="RelationalEngagementStore.WriteAsync"/>'s transaction.
/// </summary>
internal sealed class MemberEngagementWriter(PortalDbContext db, EngagementCalendar calendar, Lifecycle lifecycle, TimeProvider clock)
{
    public async Task WriteAsync(SqlBatch sql, IReadOnlyList<EngagementEvent> events, CancellationToken cancellationToken)
    {
        await UpsertDaysAndWeeksAsync(sql, events, cancellationToken);
        await UpsertSectionsAsync(sql, events, cancellationToken);
        await UpsertProfilesAsync(sql, events, cancellationToken);
    }

    private static async Task UpsertDaysAndWeeksAsync(SqlBatch sql, IReadOnlyList<EngagementEvent> events, CancellationToken cancellationToken)
    {
        await using var days = sql.Prepare(
            """
            INSERT INTO "EngagementMemberDays" ("MemberId", "Day", "Kind", "Count") VALUES (@member, @day, @kind, @count)
            ON CONFLICT ("MemberId", "Day", "Kind") DO UPDATE SET "Count" = "EngagementMemberDays"."Count" + excluded."Count"
            """,
            "member", "day", "kind", "count");
        await using var weeks = sql.Prepare(
            """
            INSERT INTO "EngagementMemberWeeks" ("MemberId", "Week") VALUES (@member, @week)
            ON CONFLICT ("MemberId", "Week") DO NOTHING
            """,
            "member", "week");
        foreach (var ((member, day, kind), count) in EngagementAggregation.MemberDays(events))
        {
            await SqlBatch.RunAsync(days, cancellationToken, member, day, kind, count);
        }

        foreach (var (member, week) in events.Where(e => e.MemberId is not null).Select(e => (e.MemberId!, EngagementCalendar.WeekOf(e.Day))).Distinct())
        {
            await SqlBatch.RunAsync(weeks, cancellationToken, member, week);
        }
    }

    /// <summary>
    /// Members' thread views per board and article views per category (<see cref="EngagementMemberSectionDay"/>): the
    /// batch's threads and articles are looked up once, in the same transaction; views of ones that no longer exist are left out.
    /// </summary>
    private async Task UpsertSectionsAsync(SqlBatch sql, IReadOnlyList<EngagementEvent> events, CancellationToken cancellationToken)
    {
        var views = events.Where(e => e.MemberId is not null && e.TargetType == EngagementAggregation.SectionOf(e.Kind)).ToList();
        if (views.Count == 0)
        {
            return;
        }

        var sections = new Dictionary<(string Kind, string TargetId), string>();
        foreach (var chunk in IdsOf(views, EngagementKinds.ThreadViewed).Chunk(500))
        {
            foreach (var thread in await db.Threads.AsNoTracking().Where(t => chunk.Contains(t.Id)).Select(t => new { t.Id, t.BoardId }).ToListAsync(cancellationToken))
            {
                sections[(EngagementKinds.ThreadViewed, Invariant(thread.Id))] = Invariant(thread.BoardId);
            }
        }

        foreach (var chunk in IdsOf(views, EngagementKinds.ArticleViewed).Select(id => (int)id).Chunk(500))
        {
            foreach (var article in await db.Articles.AsNoTracking().Where(a => chunk.Contains(a.Id)).Select(a => new { a.Id, a.Category }).ToListAsync(cancellationToken))
            {
                sections[(EngagementKinds.ArticleViewed, Invariant(article.Id))] = article.Category.ToString();
            }
        }

        await using var command = sql.Prepare(
            """
            INSERT INTO "EngagementMemberSectionDays" ("MemberId", "Day", "Kind", "Section", "Count") VALUES (@member, @day, @kind, @section, @count)
            ON CONFLICT ("MemberId", "Day", "Kind", "Section") DO UPDATE SET "Count" = "EngagementMemberSectionDays"."Count" + excluded."Count"
            """,
            "member", "day", "kind", "section", "count");
        var counts = views
            .Select(e => (e.MemberId!, e.Day, e.Kind, Section: sections.GetValueOrDefault((e.Kind, e.TargetId))))
            .Where(v => v.Section is not null)
            .CountBy(v => v);
        foreach (var ((member, day, kind, section), count) in counts)
        {
            await SqlBatch.RunAsync(command, cancellationToken, member, day, kind, section, count);
        }
    }

    private static IEnumerable<long> IdsOf(IEnumerable<EngagementEvent> views, string kind) =>
        views.Where(e => e.Kind == kind)
            .Select(e => long.TryParse(e.TargetId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1)
            .Where(id => id > 0 && id <= int.MaxValue)
            .Distinct();

    private static string Invariant(long id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task UpsertProfilesAsync(SqlBatch sql, IReadOnlyList<EngagementEvent> events, CancellationToken cancellationToken)
    {
        await using var command = sql.Prepare(
            """
            INSERT INTO "EngagementProfiles" ("MemberId", "JoinedAt", "JoinWeek", "FirstSeenAt", "LastActiveAt", "Models", "Verified", "Region", "Stage")
            VALUES (@member, @joined, @week, @first, @last, @models, @verified, @region, @stage)
            ON CONFLICT ("MemberId") DO UPDATE SET
                "FirstSeenAt" = CASE WHEN "EngagementProfiles"."FirstSeenAt" IS NULL OR excluded."FirstSeenAt" < "EngagementProfiles"."FirstSeenAt"
                    THEN excluded."FirstSeenAt" ELSE "EngagementProfiles"."FirstSeenAt" END,
                "LastActiveAt" = CASE WHEN "EngagementProfiles"."LastActiveAt" IS NULL OR excluded."LastActiveAt" > "EngagementProfiles"."LastActiveAt"
                    THEN excluded."LastActiveAt" ELSE "EngagementProfiles"."LastActiveAt" END,
                "Stage" = CASE WHEN "EngagementProfiles"."LastActiveAt" IS NULL OR excluded."LastActiveAt" >= "EngagementProfiles"."LastActiveAt"
                    THEN excluded."Stage" ELSE "EngagementProfiles"."Stage" END,
                "Models" = excluded."Models", "Verified" = excluded."Verified", "Region" = excluded."Region"
            """,
            "member", "joined", "week", "first", "last", "models", "verified", "region", "stage");
        var today = calendar.DayOf(clock.GetUtcNow());
        foreach (var member in events.Where(e => e.MemberId is not null).GroupBy(e => e.MemberId!))
        {
            var first = member.MinBy(e => e.At)!;
            var last = member.MaxBy(e => e.At)!;
            var joinedDay = last.Day - (last.AccountAgeDays ?? 0);
            var joinedAt = calendar.StartOf(joinedDay);
            var stage = lifecycle.StageOn(Math.Max(today, last.Day), joinedDay, last.Day);
            await SqlBatch.RunAsync(command, cancellationToken, member.Key, sql.Instant(joinedAt), EngagementCalendar.WeekOf(joinedDay), sql.Instant(first.At),
                sql.Instant(last.At), last.Models, last.Verified, last.Region, (byte)stage);
        }
    }
}
