using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Activity;
using Portal.Domain.Content;
using Portal.Domain.Data;
using Portal.Domain.Notifications;

namespace Portal.Domain.Forums;

/// <summary>
/// Editors and operators keeping the forums healthy: pin, lock, hide and move threads, hide posts with a
/// reason, and work the reports queue. Every action checks the role in the database and writes an audit entry.
/// </summary>
public sealed class ForumModeration(IDbContextFactory<PortalDbContext> contextFactory, MarkdownRenderer markdown, ForumActivity activity, TimeProvider clock)
{
    public const int MaxSilenceDays = 365;

    public Task<Result> SetPinnedAsync(string moderatorId, long threadId, bool pinned, CancellationToken cancellationToken = default) =>
        ChangeThreadAsync(moderatorId, threadId, pinned ? AuditActions.ThreadPinned : AuditActions.ThreadUnpinned, null, t => t.IsPinned = pinned, cancellationToken);

    public Task<Result> SetLockedAsync(string moderatorId, long threadId, bool locked, CancellationToken cancellationToken = default) =>
        ChangeThreadAsync(moderatorId, threadId, locked ? AuditActions.ThreadLocked : AuditActions.ThreadUnlocked, null, t => t.IsLocked = locked, cancellationToken);

    public async Task<Result> SetThreadHiddenAsync(string moderatorId, long threadId, bool hidden, string? reason, CancellationToken cancellationToken = default)
    {
        reason = Clean(reason);
        if (hidden && reason is null)
        {
            return Result.Fail(ForumProblems.ReasonRequired, "Reason");
        }

        var result = await ChangeThreadAsync(moderatorId, threadId, hidden ? AuditActions.ThreadHidden : AuditActions.ThreadUnhidden, reason, t =>
        {
            t.IsHidden = hidden;
            t.HiddenReason = hidden ? reason : null;
        }, cancellationToken);
        if (result.Succeeded && hidden)
        {
            await activity.WithdrawnAsync(threadId, null, clock.GetUtcNow());
        }

        return result;
    }

    public async Task<Result> MoveThreadAsync(string moderatorId, long threadId, int boardId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Boards.AnyAsync(b => b.Id == boardId, cancellationToken))
        {
            return Result.Fail(ForumProblems.NotFound, "BoardId");
        }

        var thread = await db.Threads.AsNoTracking().Where(t => t.Id == threadId).Select(t => new { t.BoardId, t.PostCount }).SingleOrDefaultAsync(cancellationToken);
        if (thread is null || thread.BoardId == boardId)
        {
            return thread is null ? Result.Fail(ForumProblems.NotFound) : Result.Ok;
        }

        return await ChangeThreadAsync(moderatorId, threadId, AuditActions.ThreadMoved, $"{thread.BoardId} → {boardId}", t => t.BoardId = boardId, cancellationToken, async inner =>
        {
            await inner.Boards.Where(b => b.Id == thread.BoardId).ExecuteUpdateAsync(
                s => s.SetProperty(b => b.ThreadCount, b => b.ThreadCount - 1).SetProperty(b => b.PostCount, b => b.PostCount - thread.PostCount), cancellationToken);
            await inner.Boards.Where(b => b.Id == boardId).ExecuteUpdateAsync(
                s => s.SetProperty(b => b.ThreadCount, b => b.ThreadCount + 1).SetProperty(b => b.PostCount, b => b.PostCount + thread.PostCount), cancellationToken);
        });
    }

    public async Task<Result> SetPostHiddenAsync(string moderatorId, long postId, bool hidden, string? reason, CancellationToken cancellationToken = default)
    {
        reason = Clean(reason);
        if (hidden && reason is null)
        {
            return Result.Fail(ForumProblems.ReasonRequired, "Reason");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(moderatorId, cancellationToken))
        {
            return Result.Fail(ForumProblems.Forbidden);
        }

        var post = await db.Posts.Include(p => p.Thread).SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null)
        {
            return Result.Fail(ForumProblems.NotFound);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var notified = await HidePostAsync(db, moderatorId, post, hidden, reason, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await ReindexAsync(db, post, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await activity.NotifiedAsync(notified, clock.GetUtcNow());
        await activity.PostChangedAsync(hidden ? ActivityKinds.PostHidden : ActivityKinds.PostRestored, moderatorId, post.ThreadId, post.Id, post.Number, clock.GetUtcNow());
        if (hidden)
        {
            await activity.WithdrawnAsync(post.ThreadId, post.Id, clock.GetUtcNow());
        }

        return Result.Ok;
    }

    /// <summary>Moderators read what a post said before each edit, oldest first.</summary>
    public async Task<Result<IReadOnlyList<PostRevision>>> GetRevisionsAsync(string moderatorId, long postId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(moderatorId, cancellationToken))
        {
            return new Problem(ForumProblems.Forbidden);
        }

        IReadOnlyList<PostRevision> revisions = await db.PostRevisions.AsNoTracking().Where(r => r.PostId == postId).OrderBy(r => r.ReplacedAt).ToListAsync(cancellationToken);
        return Result.Success(revisions);
    }

    /// <summary>
    /// Hides or shows a post (audited). Hiding tells its author in the bell, with a link to the post, where they read the
    /// reason (not a moderator hiding their own post, nor the deleted member). Returns whose bell to ring after commit.
    /// </summary>
    internal async Task<IReadOnlyList<string>> HidePostAsync(PortalDbContext db, string moderatorId, Post post, bool hidden, string? reason, CancellationToken cancellationToken)
    {
        post.IsHidden = hidden;
        post.HiddenReason = hidden ? reason : null;
        Audit(db, moderatorId, hidden ? AuditActions.PostHidden : AuditActions.PostUnhidden, "post", post.Id, reason);
        if (!hidden || DeletedMember.Is(post.AuthorId))
        {
            return [];
        }

        var thread = post.Thread ?? await db.Threads.SingleAsync(t => t.Id == post.ThreadId, cancellationToken);
        return await NotificationWriter.AddAsync(
            db, [post.AuthorId], NotificationKind.PostHidden, moderatorId, thread.Title, ForumUrls.Post(thread.Id, thread.Slug, post.Number), clock.GetUtcNow(),
            cancellationToken: cancellationToken);
    }

    internal Task ReindexAsync(PortalDbContext db, Post post, CancellationToken cancellationToken) =>
        post.IsHidden || post.IsDeleted
            ? ForumSearchIndex.RemoveAsync(db, post.Id, cancellationToken)
            : ForumSearchIndex.UpsertAsync(db, post.Id, post.Number == 1 ? post.Thread?.Title : null, markdown.Render(post.Body).PlainText, cancellationToken);

    internal void Audit(PortalDbContext db, string actorId, string action, string targetType, long targetId, string? detail) =>
        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = actorId,
            Action = action,
            TargetType = targetType,
            TargetId = targetId.ToString(CultureInfo.InvariantCulture),
            Detail = detail,
            At = clock.GetUtcNow(),
        });

    private async Task<Result> ChangeThreadAsync(
        string moderatorId, long threadId, string action, string? detail, Action<ForumThread> change, CancellationToken cancellationToken, Func<PortalDbContext, Task>? alsoInTransaction = null)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(moderatorId, cancellationToken))
        {
            return Result.Fail(ForumProblems.Forbidden);
        }

        var thread = await db.Threads.SingleOrDefaultAsync(t => t.Id == threadId, cancellationToken);
        if (thread is null)
        {
            return Result.Fail(ForumProblems.NotFound);
        }

        change(thread);
        Audit(db, moderatorId, action, "thread", threadId, detail);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (alsoInTransaction is not null)
        {
            await alsoInTransaction(db);
        }

        await transaction.CommitAsync(cancellationToken);
        await activity.ThreadChangedAsync(moderatorId, threadId, clock.GetUtcNow());
        return Result.Ok;
    }

    private static string? Clean(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? null : reason.Trim() is var r && r.Length > Post.HiddenReasonMaxLength ? r[..Post.HiddenReasonMaxLength] : reason.Trim();
}
