using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;

namespace Portal.Domain.Forums;

/// <summary>The reports queue: owners' reports grouped by post, oldest first, and what a moderator does about them.</summary>
public sealed class ForumReports(IDbContextFactory<PortalDbContext> contextFactory, ForumModeration moderation, ForumActivity activity, TimeProvider clock)
{
    public const int QueueSize = 50;

    /// <summary>The open reports by post, each with its author's record: a fixed handful of queries however long the queue.</summary>
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
        var posts = postIds.Count == 0 ? [] : await db.Posts.AsNoTracking()
            .Where(p => postIds.Contains(p.Id))
            .Select(p => new { p.Id, p.ThreadId, p.Number, p.AuthorId, p.BodyHtml, p.IsHidden, p.Thread!.Title, p.Thread.Slug })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var people = await ForumAuthors.LoadAsync(db, [.. reports.Select(r => r.ReporterId), .. posts.Values.Select(p => p.AuthorId)], cancellationToken);
        var records = await ReportedAuthorRecords.LoadAsync(db, [.. posts.Values.Select(p => p.AuthorId)], clock.GetUtcNow(), cancellationToken);

        IReadOnlyList<OpenReport> queue = postIds
            .Where(posts.ContainsKey)
            .Select(id =>
            {
                var post = posts[id];
                var entries = reports.Where(r => r.PostId == id)
                    .Select(r => new OpenReportEntry(r.Id, people[r.ReporterId].Member, r.Reason, r.Text, r.At))
                    .ToList();
                return new OpenReport(
                    id, new PostLocation(post.ThreadId, post.Slug, id, post.Number), post.Title, people[post.AuthorId], records[post.AuthorId],
                    post.BodyHtml, post.IsHidden, entries[0].At, entries);
            })
            .ToList();
        return Result.Success(queue);
    }

    /// <summary>
    /// Acts on every open report of the post: dismiss them, hide the post, or also silence its author for
    /// <paramref name="silenceDays"/> days. Hiding and silencing need a preset <paramref name="reason"/> (and
    /// <see cref="ModerationReason.Other"/> a <paramref name="note"/>); the reason goes to the audit, to the hidden post
    /// (which its author and readers see) and to the history. One transaction. The <see cref="DeletedMember"/> cannot be
    /// silenced (nobody signs in as it): silencing the author of such a post hides the post and is recorded as hiding.
    /// </summary>
    public async Task<Result> ResolveAsync(
        string moderatorId, long postId, ReportAction action, ModerationReason? reason, string? note = null, int silenceDays = 0, CancellationToken cancellationToken = default)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim() is var n && n.Length > ReportResolution.NoteMaxLength ? n[..ReportResolution.NoteMaxLength] : note.Trim();
        if (Invalid(action, reason, note, silenceDays) is { } invalid)
        {
            return invalid;
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

        if (action == ReportAction.SilenceMember && DeletedMember.Is(post.AuthorId))
        {
            (action, silenceDays) = (ReportAction.HidePost, 0);
        }

        var now = clock.GetUtcNow();
        var resolution = new ReportResolution
        {
            PostId = postId,
            AuthorId = post.AuthorId,
            ResolvedById = moderatorId,
            ResolvedAt = now,
            Action = action,
            Reason = reason,
            Note = note,
            SilenceDays = action == ReportAction.SilenceMember ? silenceDays : null,
            ReportCount = open.Count,
        };
        db.ReportResolutions.Add(resolution);
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

        var text = reason is { } preset ? ModerationReasons.Format(preset, note) : note;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        IReadOnlyList<string> notified = [];
        if (action == ReportAction.Dismiss)
        {
            moderation.Audit(db, moderatorId, AuditActions.ReportDismissed, "post", postId, text);
        }
        else
        {
            notified = await moderation.HidePostAsync(db, moderatorId, post, hidden: true, text, cancellationToken);
        }

        if (action == ReportAction.SilenceMember)
        {
            var author = await db.Users.SingleAsync(u => u.Id == post.AuthorId, cancellationToken);
            author.SilencedUntil = now.AddDays(silenceDays);
            db.AuditEntries.Add(new AuditEntry
            {
                ActorId = moderatorId,
                Action = AuditActions.MemberSilenced,
                TargetType = "member",
                TargetId = author.Id,
                Detail = $"{silenceDays}d: {text}",
                At = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var report in open)
        {
            report.ResolutionId = resolution.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        await moderation.ReindexAsync(db, post, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (action != ReportAction.Dismiss)
        {
            await activity.PostChangedAsync(Activity.ActivityKinds.PostHidden, moderatorId, post.ThreadId, post.Id, post.Number, now);
            await activity.WithdrawnAsync(post.ThreadId, post.Id, now);
            await activity.NotifiedAsync(notified, now);
        }

        return Result.Ok;
    }

    private static Result? Invalid(ReportAction action, ModerationReason? reason, string? note, int silenceDays)
    {
        if (action != ReportAction.Dismiss && reason is null)
        {
            return Result.Fail(ForumProblems.ReasonRequired, "Reason");
        }

        if (reason == ModerationReason.Other && note is null)
        {
            return Result.Fail(ForumProblems.ReasonRequired, "Note");
        }

        return action == ReportAction.SilenceMember && silenceDays is < 1 or > ForumModeration.MaxSilenceDays
            ? Result.Fail(ForumProblems.TooLong, "Days", ForumModeration.MaxSilenceDays)
            : null;
    }
}
