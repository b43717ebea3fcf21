using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Notifications;

namespace Portal.Domain.Forums;

/// <summary>What members do with posts besides writing them: react, accept answers, follow, read, report.</summary>
public sealed class ForumInteractions(IDbContextFactory<PortalDbContext> contextFactory, IEngagementRecorder engagement, ForumActivity activity, TimeProvider clock)
{
    /// <summary>Adds the reaction, or takes it back when the member already gave it. The value is whether it is now given.</summary>
    public async Task<Result<bool>> ToggleReactionAsync(string memberId, long postId, ReactionKind kind, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var post = await VisiblePosts(db).Where(p => p.Id == postId)
            .Select(p => new { p.ThreadId, p.AuthorId, p.Number, p.Thread!.Title, p.Thread.Slug })
            .SingleOrDefaultAsync(cancellationToken);
        if (post is null)
        {
            return new Problem(ForumProblems.NotFound);
        }

        if (post.AuthorId == memberId)
        {
            return new Problem(ForumProblems.Forbidden);
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await db.PostReactions.Where(r => r.PostId == postId && r.MemberId == memberId && r.Kind == kind).ExecuteDeleteAsync(cancellationToken);
        var delta = removed > 0 ? -1 : 1;
        IReadOnlyList<string> notified = [];
        if (delta > 0)
        {
            db.PostReactions.Add(new PostReaction { PostId = postId, MemberId = memberId, Kind = kind, At = now });
            var location = new PostLocation(post.ThreadId, post.Slug, postId, post.Number);
            notified = await NotificationWriter.AddAsync(db, [post.AuthorId], NotificationKind.Reaction, memberId, post.Title, location.Url, now, cancellationToken: cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await db.Posts.Where(p => p.Id == postId).ExecuteUpdateAsync(
            s => s.SetProperty(p => p.LikeCount, p => p.LikeCount + (kind == ReactionKind.Like ? delta : 0))
                .SetProperty(p => p.HelpfulCount, p => p.HelpfulCount + (kind == ReactionKind.Helpful ? delta : 0)),
            cancellationToken);
        await db.Threads.Where(t => t.Id == post.ThreadId).ExecuteUpdateAsync(s => s.SetProperty(t => t.ReactionCount, t => t.ReactionCount + delta), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await activity.NotifiedAsync(notified, now);
        await activity.PostChangedAsync(Activity.ActivityKinds.PostReacted, memberId, post.ThreadId, postId, post.Number, now);

        if (delta > 0)
        {
            engagement.Record(new EngagementSignal(EngagementKinds.ReactionAdded, memberId, "thread", Id(post.ThreadId), now));
        }

        return Result.Success(delta > 0);
    }

    /// <summary>Who gave which reaction to a post, newest first.</summary>
    public async Task<IReadOnlyList<(MemberSummary Member, ReactionKind Kind)>> GetReactionsAsync(long postId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.PostReactions.AsNoTracking().Where(r => r.PostId == postId).OrderByDescending(r => r.At)
            .Select(r => new { r.MemberId, r.Kind }).Take(200).ToListAsync(cancellationToken);
        var members = await ForumAuthors.LoadAsync(db, rows.Select(r => r.MemberId).ToList(), cancellationToken);
        return rows.Select(r => (members[r.MemberId].Member, r.Kind)).ToList();
    }

    /// <summary>The thread's author marks a reply as the accepted answer (again on the same reply to take it back).</summary>
    public async Task<Result> AcceptAnswerAsync(string memberId, long postId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var post = await VisiblePosts(db).Include(p => p.Thread).SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null)
        {
            return Result.Fail(ForumProblems.NotFound);
        }

        if (post.Thread!.AuthorId != memberId)
        {
            return Result.Fail(ForumProblems.Forbidden);
        }

        if (post.Number == 1)
        {
            return Result.Fail(ForumProblems.NotAReply);
        }

        var accepting = post.Thread.AcceptedPostId != postId;
        post.Thread.AcceptedPostId = accepting ? postId : null;
        var now = clock.GetUtcNow();
        IReadOnlyList<string> notified = [];
        if (accepting)
        {
            var location = new PostLocation(post.ThreadId, post.Thread.Slug, postId, post.Number);
            notified = await NotificationWriter.AddAsync(db, [post.AuthorId], NotificationKind.AnswerAccepted, memberId, post.Thread.Title, location.Url, now, cancellationToken: cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await activity.NotifiedAsync(notified, now);
        await activity.ThreadChangedAsync(memberId, post.ThreadId, now);
        return Result.Ok;
    }

    /// <summary>Staff mark their own or a colleague's reply as the brand's official answer, on any thread.</summary>
    public async Task<Result> MarkOfficialAnswerAsync(string memberId, long postId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(memberId, cancellationToken))
        {
            return Result.Fail(ForumProblems.Forbidden);
        }

        var post = await VisiblePosts(db).Include(p => p.Thread).SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null)
        {
            return Result.Fail(ForumProblems.NotFound);
        }

        if (post.Number == 1)
        {
            return Result.Fail(ForumProblems.NotAReply);
        }

        if (!await db.IsStaffAsync(post.AuthorId, cancellationToken))
        {
            return Result.Fail(ForumProblems.NotStaff);
        }

        post.Thread!.OfficialPostId = post.Thread.OfficialPostId == postId ? null : postId;
        db.AuditEntries.Add(new AuditEntry { ActorId = memberId, Action = AuditActions.OfficialAnswer, TargetType = "post", TargetId = Id(postId), At = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok;
    }

    public async Task<Result> SetFollowAsync(string memberId, long threadId, bool follow, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Threads.AnyAsync(t => t.Id == threadId && !t.IsHidden, cancellationToken))
        {
            return Result.Fail(ForumProblems.NotFound);
        }

        var existing = await db.ThreadFollows.SingleOrDefaultAsync(f => f.ThreadId == threadId && f.MemberId == memberId, cancellationToken);
        if (follow && existing is null)
        {
            db.ThreadFollows.Add(new ThreadFollow { ThreadId = threadId, MemberId = memberId, Since = clock.GetUtcNow() });
        }
        else if (!follow && existing is not null)
        {
            db.ThreadFollows.Remove(existing);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok;
    }

    /// <summary>Moves the member's read position forward (never back), and counts the view.</summary>
    public async Task MarkReadAsync(string? memberId, long threadId, int lastShownNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Threads.Where(t => t.Id == threadId).ExecuteUpdateAsync(s => s.SetProperty(t => t.ViewCount, t => t.ViewCount + 1), cancellationToken);
        if (memberId is not null)
        {
            var updated = await db.ThreadReadStates
                .Where(r => r.ThreadId == threadId && r.MemberId == memberId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.LastReadNumber, r => r.LastReadNumber < lastShownNumber ? lastShownNumber : r.LastReadNumber), cancellationToken);
            if (updated == 0)
            {
                db.ThreadReadStates.Add(new ThreadReadState { ThreadId = threadId, MemberId = memberId, LastReadNumber = lastShownNumber });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Another tab of the same member inserted it first; its position is as good as ours.
                }
            }
        }

        engagement.Record(new EngagementSignal(EngagementKinds.ThreadViewed, memberId, "thread", Id(threadId), clock.GetUtcNow()));
    }

    public async Task<Result> ReportAsync(string memberId, long postId, ReportReason reason, string? text, CancellationToken cancellationToken = default)
    {
        text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (reason == ReportReason.Other && text is null)
        {
            return Result.Fail(ForumProblems.ReportTextRequired, "Text");
        }

        if (text?.Length > PostReport.TextMaxLength)
        {
            return Result.Fail(ForumProblems.TooLong, "Text", PostReport.TextMaxLength);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await VisiblePosts(db).AnyAsync(p => p.Id == postId, cancellationToken))
        {
            return Result.Fail(ForumProblems.NotFound);
        }

        if (await db.PostReports.AnyAsync(r => r.PostId == postId && r.ReporterId == memberId && r.Status == ReportStatus.Open, cancellationToken))
        {
            return Result.Fail(ForumProblems.AlreadyReported);
        }

        var now = clock.GetUtcNow();
        db.PostReports.Add(new PostReport { PostId = postId, ReporterId = memberId, Reason = reason, Text = text, At = now, Status = ReportStatus.Open });
        await db.SaveChangesAsync(cancellationToken);
        engagement.Record(new EngagementSignal(EngagementKinds.ReportFiled, memberId, "post", Id(postId), now));
        return Result.Ok;
    }

    private static IQueryable<Post> VisiblePosts(PortalDbContext db) =>
        db.Posts.Where(p => !p.IsDeleted && !p.IsHidden && !p.Thread!.IsHidden);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
