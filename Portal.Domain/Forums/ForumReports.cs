using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;

namespace Portal.Domain.Forums;

/// <summary>The reports queue: owners' reports grouped by post, oldest first, and what a moderator does about them.</summary>
public sealed class ForumReports(IDbContextFactory<PortalDbContext> contextFactory, ForumModeration moderation, ForumActivity activity, TimeProvider clock)
{
    public const int QueueSize = 50;

    public async Task<Result<IReadOnlyList<OpenReport>>> GetQueueAsync(string moderatorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(moderatorId, cancellationToken))
        {
            return new Problem(ForumProblems.Forbidden);
        }

        var reports = await db.PostReports.AsNoTracking()
            .Where(r => r.Status == ReportStatus.Open)
            .OrderBy(r => r.At)
            .Take(QueueSize * 5)
            .ToListAsync(cancellationToken);
        var postIds = reports.Select(r => r.PostId).Distinct().Take(QueueSize).ToList();
        var posts = await db.Posts.AsNoTracking()
            .Where(p => postIds.Contains(p.Id))
            .Select(p => new { p.Id, p.ThreadId, p.Number, p.AuthorId, p.BodyHtml, p.IsHidden, p.Thread!.Title, p.Thread.Slug })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var people = await ForumAuthors.LoadAsync(db, [.. reports.Select(r => r.ReporterId), .. posts.Values.Select(p => p.AuthorId)], cancellationToken);

        IReadOnlyList<OpenReport> queue = postIds
            .Where(posts.ContainsKey)
            .Select(id =>
            {
                var post = posts[id];
                var entries = reports.Where(r => r.PostId == id)
                    .Select(r => new OpenReportEntry(r.Id, people[r.ReporterId].Member, r.Reason, r.Text, r.At))
                    .ToList();
                return new OpenReport(id, new PostLocation(post.ThreadId, post.Slug, id, post.Number), post.Title, people[post.AuthorId], post.BodyHtml, post.IsHidden, entries[0].At, entries);
            })
            .ToList();
        return Result.Success(queue);
    }

    /// <summary>
    /// Acts on every open report of the post: dismiss them, hide the post (with the reason), or also silence
    /// its author for <paramref name="silenceDays"/> days. One transaction; audited.
    /// </summary>
    public async Task<Result> ResolveAsync(string moderatorId, long postId, ReportAction action, string? reason, int silenceDays = 0, CancellationToken cancellationToken = default)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (action != ReportAction.Dismiss && reason is null)
        {
            return Result.Fail(ForumProblems.ReasonRequired, "Reason");
        }

        if (action == ReportAction.SilenceMember && silenceDays is < 1 or > ForumModeration.MaxSilenceDays)
        {
            return Result.Fail(ForumProblems.TooLong, "Days", ForumModeration.MaxSilenceDays);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(moderatorId, cancellationToken))
        {
            return Result.Fail(ForumProblems.Forbidden);
        }

        var post = await db.Posts.Include(p => p.Thread).SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        var open = await db.PostReports.Where(r => r.PostId == postId && r.Status == ReportStatus.Open).ToListAsync(cancellationToken);
        if (post is null || open.Count == 0)
        {
            return Result.Fail(ForumProblems.NotFound);
        }

        var now = clock.GetUtcNow();
        var status = action switch
        {
            ReportAction.HidePost => ReportStatus.PostHidden,
            ReportAction.SilenceMember => ReportStatus.MemberSilenced,
            _ => ReportStatus.Dismissed,
        };
        foreach (var report in open)
        {
            report.Status = status;
            report.ResolvedById = moderatorId;
            report.ResolvedAt = now;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (action == ReportAction.Dismiss)
        {
            moderation.Audit(db, moderatorId, Accounts.AuditActions.ReportDismissed, "post", postId, null);
        }
        else
        {
            moderation.HidePost(db, moderatorId, post, hidden: true, reason);
        }

        if (action == ReportAction.SilenceMember)
        {
            var author = await db.Users.SingleAsync(u => u.Id == post.AuthorId, cancellationToken);
            author.SilencedUntil = now.AddDays(silenceDays);
            db.AuditEntries.Add(new Accounts.AuditEntry
            {
                ActorId = moderatorId,
                Action = Accounts.AuditActions.MemberSilenced,
                TargetType = "member",
                TargetId = author.Id,
                Detail = $"{silenceDays}d: {reason}",
                At = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await moderation.ReindexAsync(db, post, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (action != ReportAction.Dismiss)
        {
            await activity.PostChangedAsync(Activity.ActivityKinds.PostHidden, moderatorId, post.ThreadId, post.Id, post.Number, now);
        }

        return Result.Ok;
    }
}
