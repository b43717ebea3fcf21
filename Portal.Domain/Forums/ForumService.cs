using Microsoft.EntityFrameworkCore;
using Portal.Domain.Content;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Forums.Images;
using Portal.Domain.Notifications;

namespace Portal.Domain.Forums;

/// <summary>
/// Writing in the forums: start a thread, reply, edit and delete your own posts. Every write passes the
/// <see cref="PostingGuard"/> limits, renders Markdown through the one <see cref="MarkdownRenderer"/>, and
/// updates counters, the search index, the post's photos, follows and notifications in one transaction.
/// </summary>
public sealed class ForumService(
    IDbContextFactory<PortalDbContext> contextFactory,
    MarkdownRenderer markdown,
    PostingGuard guard,
    IEngagementRecorder engagement,
    ForumActivity activity,
    TimeProvider clock)
{
    public async Task<Result<PostLocation>> StartThreadAsync(string memberId, ThreadDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var title = (draft.Title ?? "").Trim();
        var body = Normalize(draft.Body);
        var tags = ForumTags.Normalize(draft.Tags);
        var rendered = markdown.Render(body);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var problems = new List<Problem>();
        if (title.Length is < ForumThread.TitleMinLength or > ForumThread.TitleMaxLength)
        {
            problems.Add(new Problem(ForumProblems.TitleLength, "Title", ForumThread.TitleMinLength, ForumThread.TitleMaxLength));
        }

        problems.AddRange(ForumTags.Check(tags));
        if (!await db.Boards.AnyAsync(b => b.Id == draft.BoardId, cancellationToken))
        {
            problems.Add(new Problem(ForumProblems.NotFound, "BoardId"));
        }

        problems.AddRange(await guard.CheckAsync(db, memberId, PostingKind.Thread, body, rendered, cancellationToken));
        if (problems.Count > 0)
        {
            return Result.Fail([.. problems]).As<PostLocation>();
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (thread, post) = await ForumThreadWriter.AddAsync(db, draft.BoardId, memberId, title, tags, body, rendered, now, cancellationToken);
        await PostImageAttachments.AttachAsync(db, memberId, post.Id, rendered, cancellationToken);
        var location = new PostLocation(thread.Id, thread.Slug, post.Id, 1);
        var notified = await NotificationWriter.AddAsync(db, rendered.MentionedMemberIds, NotificationKind.Mention, memberId, title, location.Url, now, excerpt: body, cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await activity.PostCreatedAsync(memberId, await DisplayNameAsync(db, memberId, cancellationToken), title, location, notified, now);

        engagement.Record(new EngagementSignal(EngagementKinds.ThreadCreated, memberId, "thread", thread.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), now));
        return Result.Success(location);
    }

    public async Task<Result<PostLocation>> ReplyAsync(string memberId, long threadId, string body, CancellationToken cancellationToken = default)
    {
        body = Normalize(body);
        var rendered = markdown.Render(body);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var thread = await db.Threads.AsNoTracking()
            .Where(t => t.Id == threadId)
            .Select(t => new { t.Title, t.Slug, t.BoardId, t.IsLocked, t.IsHidden })
            .SingleOrDefaultAsync(cancellationToken);
        if (thread is null || thread.IsHidden)
        {
            return new Problem(ForumProblems.NotFound);
        }

        if (thread.IsLocked)
        {
            return new Problem(ForumProblems.Locked);
        }

        var problems = await guard.CheckAsync(db, memberId, PostingKind.Reply, body, rendered, cancellationToken);
        if (problems.Count > 0)
        {
            return Result.Fail([.. problems]).As<PostLocation>();
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Taking the next number is the transaction's first write: it locks the thread row (on SQLite, the
        // database) before the number is read back, so two replies can never get the same number.
        await db.Threads.Where(t => t.Id == threadId).ExecuteUpdateAsync(
            s => s.SetProperty(t => t.PostCount, t => t.PostCount + 1)
                .SetProperty(t => t.ReplyCount, t => t.ReplyCount + 1)
                .SetProperty(t => t.LastActivityAt, now)
                .SetProperty(t => t.LastPosterId, memberId),
            cancellationToken);
        var number = await db.Threads.Where(t => t.Id == threadId).Select(t => t.PostCount).SingleAsync(cancellationToken);

        var post = ForumThreadWriter.NewPost(threadId, number, memberId, body, rendered, now);
        db.Posts.Add(post);
        await db.SaveChangesAsync(cancellationToken);
        await db.Boards.Where(b => b.Id == thread.BoardId).ExecuteUpdateAsync(
            s => s.SetProperty(b => b.PostCount, b => b.PostCount + 1)
                .SetProperty(b => b.LastActivityAt, now)
                .SetProperty(b => b.LastThreadId, threadId),
            cancellationToken);
        await ForumSearchIndex.UpsertAsync(db, post.Id, null, rendered.PlainText, cancellationToken);
        await PostImageAttachments.AttachAsync(db, memberId, post.Id, rendered, cancellationToken);

        var location = new PostLocation(threadId, thread.Slug, post.Id, number);
        var followers = await db.ThreadFollows.Where(f => f.ThreadId == threadId).Select(f => f.MemberId).ToListAsync(cancellationToken);
        var notified = (await NotificationWriter.AddAsync(db, rendered.MentionedMemberIds, NotificationKind.Mention, memberId, thread.Title, location.Url, now, excerpt: body, cancellationToken: cancellationToken))
            .Concat(await NotificationWriter.AddAsync(db, followers.Except(rendered.MentionedMemberIds), NotificationKind.Reply, memberId, thread.Title, location.Url, now, excerpt: body, cancellationToken: cancellationToken))
            .ToList();
        if (!followers.Contains(memberId))
        {
            db.ThreadFollows.Add(new ThreadFollow { ThreadId = threadId, MemberId = memberId, Since = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await activity.PostCreatedAsync(memberId, await DisplayNameAsync(db, memberId, cancellationToken), thread.Title, location, notified, now);
        engagement.Record(new EngagementSignal(EngagementKinds.PostCreated, memberId, "thread", threadId.ToString(System.Globalization.CultureInfo.InvariantCulture), now));
        return Result.Success(location);
    }

    /// <summary>The author changes their post; the text it had is kept as a revision moderators can read.</summary>
    public async Task<Result> EditPostAsync(string memberId, long postId, string body, CancellationToken cancellationToken = default)
    {
        body = Normalize(body);
        var rendered = markdown.Render(body);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var post = await db.Posts.Include(p => p.Thread).SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null || post.IsDeleted || post.Thread!.IsHidden)
        {
            return Result.Fail(ForumProblems.NotFound);
        }

        if (post.AuthorId != memberId)
        {
            return Result.Fail(ForumProblems.Forbidden);
        }

        if (post.Thread.IsLocked)
        {
            return Result.Fail(ForumProblems.Locked);
        }

        if (body == post.Body)
        {
            return Result.Ok;
        }

        var limits = await guard.CheckAsync(db, memberId, PostingKind.Edit, body, rendered, cancellationToken);
        if (limits.Count > 0)
        {
            return Result.Fail([.. limits]);
        }

        var now = clock.GetUtcNow();
        db.PostRevisions.Add(new PostRevision { PostId = post.Id, Body = post.Body, EditorId = memberId, ReplacedAt = now });
        post.Body = body;
        post.BodyHtml = rendered.Html;
        post.EditedAt = now;
        post.EditCount++;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await ForumSearchIndex.UpsertAsync(db, post.Id, post.Number == 1 ? post.Thread.Title : null, rendered.PlainText, cancellationToken);
        await PostImageAttachments.AttachAsync(db, memberId, post.Id, rendered, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await activity.PostChangedAsync(Activity.ActivityKinds.PostEdited, memberId, post.ThreadId, post.Id, post.Number, now);
        return Result.Ok;
    }

    /// <summary>The author removes their post: a "post removed" placeholder keeps the thread's numbering.</summary>
    public async Task<Result> DeletePostAsync(string memberId, long postId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null || post.IsDeleted)
        {
            return Result.Fail(ForumProblems.NotFound);
        }

        if (post.AuthorId != memberId)
        {
            return Result.Fail(ForumProblems.Forbidden);
        }

        post.IsDeleted = true;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await ForumSearchIndex.RemoveAsync(db, post.Id, cancellationToken);
        await PostImageAttachments.ReleaseAsync(db, post.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await activity.PostChangedAsync(Activity.ActivityKinds.PostDeleted, memberId, post.ThreadId, post.Id, post.Number, clock.GetUtcNow());
        await activity.WithdrawnAsync(post.ThreadId, post.Id, clock.GetUtcNow());
        return Result.Ok;
    }

    /// <summary>Why the member cannot write at all (email not confirmed, silenced), or null: the composer says so before they type.</summary>
    public async Task<Problem?> CanWriteAsync(string memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await guard.CanWriteAsync(db, memberId, cancellationToken);
    }

    private static Task<string?> DisplayNameAsync(PortalDbContext db, string memberId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == memberId).Select(u => (string?)u.DisplayName).SingleOrDefaultAsync(cancellationToken);

    private static string Normalize(string? body) => (body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
