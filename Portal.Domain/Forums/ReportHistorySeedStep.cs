using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Seeding;

namespace Portal.Domain.Forums;

/// <summary>
/// The demo's moderation past, so the reports queue's context and history are alive on first run: the author of the
/// oldest open report is a repeat offender (a dismissal, two hidden posts and a silence that has ended), and a few
/// other members' reports were dismissed or acted on, by the demo editor and operator, with the audit entries the
/// real <see cref="ForumReports.ResolveAsync"/> would have written.
/// </summary>
internal sealed class ReportHistorySeedStep : IDemoSeedStep
{
    private static readonly (ReportAction Action, ModerationReason? Reason, string? Note, int Reports, int? Days, int DaysAgo)[] Offender =
    [
        (ReportAction.Dismiss, null, null, 1, null, 70),
        (ReportAction.HidePost, ModerationReason.Spam, null, 2, null, 52),
        (ReportAction.HidePost, ModerationReason.Harassment, "Second warning", 1, null, 35),
        (ReportAction.SilenceMember, ModerationReason.Harassment, null, 3, 3, 21),
    ];

    private static readonly (ReportAction Action, ModerationReason? Reason, string? Note)[] Others =
    [
        (ReportAction.Dismiss, null, null),
        (ReportAction.Dismiss, null, null),
        (ReportAction.HidePost, ModerationReason.OffTopic, null),
        (ReportAction.Dismiss, null, null),
        (ReportAction.HidePost, ModerationReason.PersonalData, "Phone number in the post"),
        (ReportAction.Dismiss, null, null),
    ];

    public int Order => 110;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = context.Db;
        var staff = context.Members.Where(m => m.Email is DemoAccounts.EditorEmail or DemoAccounts.OperatorEmail).Select(m => m.Id).ToList();
        var reporters = context.Members.Skip(DemoAccounts.Count).Select(m => m.Id).ToList();
        var demo = context.Members.Take(DemoAccounts.Count).Select(m => m.Id).ToList();
        var offender = await db.PostReports.AsNoTracking().Where(r => r.Status == ReportStatus.Open)
            .Join(db.Posts, r => r.PostId, p => p.Id, (r, p) => new { r.At, p.AuthorId })
            .Where(r => !demo.Contains(r.AuthorId)).OrderBy(r => r.At).Select(r => r.AuthorId).FirstAsync(cancellationToken);
        var reported = await db.PostReports.AsNoTracking().Select(r => r.PostId).Distinct().ToListAsync(cancellationToken);
        var offenderPosts = await db.Posts.Where(p => p.AuthorId == offender && p.Number > 1 && !reported.Contains(p.Id))
            .OrderBy(p => p.CreatedAt).Take(Offender.Length).ToListAsync(cancellationToken);
        var otherPosts = (await db.Posts.Where(p => p.Number > 1 && p.AuthorId != offender && !demo.Contains(p.AuthorId) && !reported.Contains(p.Id))
            .OrderBy(p => p.Id).Take(300).ToListAsync(cancellationToken)).OrderBy(_ => context.Random.Next()).Take(Others.Length).ToList();

        var decisions = new List<(Post Post, ReportResolution Resolution)>();
        for (var i = 0; i < offenderPosts.Count; i++)
        {
            var (action, reason, note, reports, days, daysAgo) = Offender[i];
            decisions.Add((offenderPosts[i], Decide(context, offenderPosts[i], staff[i % staff.Count], action, reason, note, reports, days, context.Now.AddDays(-daysAgo))));
        }

        for (var i = 0; i < otherPosts.Count; i++)
        {
            var (action, reason, note) = Others[i];
            var at = otherPosts[i].CreatedAt.AddHours(context.Random.Next(6, 96));
            decisions.Add((otherPosts[i], Decide(context, otherPosts[i], staff[(i + 1) % staff.Count], action, reason, note, 1 + (i % 2), null, at < context.Now ? at : context.Now.AddHours(-i - 1))));
        }

        db.ReportResolutions.AddRange(decisions.Select(d => d.Resolution));
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (post, resolution) in decisions)
        {
            AddReports(context, reporters, post, resolution);
            var text = resolution.Reason is { } preset ? ModerationReasons.Format(preset, resolution.Note) : resolution.Note;
            if (resolution.Action != ReportAction.Dismiss)
            {
                post.IsHidden = true;
                post.HiddenReason = text;
                await ForumSearchIndex.RemoveAsync(db, post.Id, cancellationToken);
            }

            Audit(db, resolution, resolution.Action == ReportAction.Dismiss ? AuditActions.ReportDismissed : AuditActions.PostHidden, "post", Invariant(post.Id), text);
            if (resolution.SilenceDays is { } silence)
            {
                Audit(db, resolution, AuditActions.MemberSilenced, "member", resolution.AuthorId, $"{silence}d: {text}");
            }
        }
    }

    private static ReportResolution Decide(
        DemoSeedContext context, Post post, string moderator, ReportAction action, ModerationReason? reason, string? note, int reports, int? days, DateTimeOffset at) => new()
    {
        PostId = post.Id,
        AuthorId = post.AuthorId,
        ResolvedById = moderator,
        ResolvedAt = at > post.CreatedAt ? at : Min(post.CreatedAt.AddHours(context.Random.Next(2, 24)), context.Now),
        Action = action,
        Reason = reason,
        Note = note,
        SilenceDays = days,
        ReportCount = reports,
    };

    private static void AddReports(DemoSeedContext context, List<string> reporters, Post post, ReportResolution resolution)
    {
        var status = resolution.Action switch
        {
            ReportAction.HidePost => ReportStatus.PostHidden,
            ReportAction.SilenceMember => ReportStatus.MemberSilenced,
            _ => ReportStatus.Dismissed,
        };
        var reasons = Enum.GetValues<ReportReason>();
        foreach (var reporter in reporters.Where(r => r != post.AuthorId).OrderBy(_ => context.Random.Next()).Take(resolution.ReportCount))
        {
            context.Db.PostReports.Add(new PostReport
            {
                PostId = post.Id,
                ReporterId = reporter,
                Reason = resolution.Reason == ModerationReason.Spam ? ReportReason.Spam : reasons[context.Random.Next(reasons.Length)],
                Text = null,
                At = post.CreatedAt + ((resolution.ResolvedAt - post.CreatedAt) / 2),
                Status = status,
                ResolvedById = resolution.ResolvedById,
                ResolvedAt = resolution.ResolvedAt,
                ResolutionId = resolution.Id,
            });
        }
    }

    private static void Audit(Data.PortalDbContext db, ReportResolution resolution, string action, string targetType, string targetId, string? detail) =>
        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = resolution.ResolvedById!,
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            Detail = detail,
            At = resolution.ResolvedAt,
        });

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static string Invariant(long id) => id.ToString(CultureInfo.InvariantCulture);
}
