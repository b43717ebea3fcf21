using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Forums;

/// <summary>
/// Reading the forums. Each method runs a fixed number of indexed queries whatever the size of the data:
/// the board list reads the counters kept on boards, thread lists use one index per sort order, and a
/// thread page is a range read on post numbers (page 100 costs what page 1 costs).
/// </summary>
public sealed class ForumReader(IDbContextFactory<PortalDbContext> contextFactory)
{
    public const int ThreadsPerPage = 25;

    /// <summary>
    /// The boards with their counters and latest thread. The latest thread is the one the board points to, unless it has
    /// since been hidden or moved away: then the board's latest visible thread is read instead (an indexed query for each
    /// such board, so a hidden thread never shows on <c>/forums</c>, whoever hid it and however).
    /// </summary>
    public async Task<IReadOnlyList<BoardSummary>> GetBoardsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var boards = await db.Boards.AsNoTracking()
            .OrderBy(b => b.Position)
            .Select(b => new
            {
                Board = b,
                Last = db.Threads.Where(t => t.Id == b.LastThreadId && t.BoardId == b.Id && !t.IsHidden)
                    .Select(t => new { t.Id, t.Title, t.Slug }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var owners = await db.Vehicles.AsNoTracking()
            .GroupBy(v => v.ModelId)
            .Select(g => new { ModelId = g.Key, Owners = g.Select(v => v.OwnerId).Distinct().Count() })
            .ToDictionaryAsync(g => g.ModelId, g => g.Owners, cancellationToken);
        var summaries = new List<BoardSummary>(boards.Count);
        foreach (var x in boards)
        {
            var last = x.Last is { } pointed ? new LatestThread(pointed.Id, pointed.Title, pointed.Slug, x.Board.LastActivityAt)
                : x.Board.LastThreadId is null ? null : await db.Threads.AsNoTracking()
                .Where(t => t.BoardId == x.Board.Id && !t.IsHidden)
                .OrderByDescending(t => t.LastActivityAt)
                .Select(t => new LatestThread(t.Id, t.Title, t.Slug, t.LastActivityAt))
                .FirstOrDefaultAsync(cancellationToken);
            summaries.Add(new BoardSummary(
                x.Board.Id, x.Board.Slug, x.Board.Kind, x.Board.Name, x.Board.NameZh, x.Board.Description, x.Board.DescriptionZh,
                x.Board.ThreadCount, x.Board.PostCount, last?.At, last?.Id, last?.Title, last?.Slug,
                x.Board.ModelId is { } model ? owners.GetValueOrDefault(model) : 0));
        }

        return summaries;
    }

    public async Task<ThreadListPage> GetThreadsAsync(int boardId, ThreadSort sort, string? tag, int page, ForumViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var threads = ThreadList(db, boardId, sort, tag, viewer);

        var total = await threads.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + ThreadsPerPage - 1) / ThreadsPerPage);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await threads.Skip((page - 1) * ThreadsPerPage).Take(ThreadsPerPage).ToListAsync(cancellationToken);
        var ids = rows.Select(t => t.Id).ToList();
        var tags = await db.ThreadTags.AsNoTracking().Where(x => ids.Contains(x.ThreadId)).ToListAsync(cancellationToken);
        var people = await ForumAuthors.LoadAsync(db, [.. rows.Select(t => t.AuthorId), .. rows.Select(t => t.LastPosterId)], cancellationToken);

        var items = rows.Select(t => new ThreadListItem(
            t.Id, t.Title, t.Slug, people[t.AuthorId].Member, people[t.LastPosterId].Member, t.CreatedAt, t.LastActivityAt,
            t.ReplyCount, t.ReactionCount, t.ViewCount, t.IsPinned, t.IsLocked, t.IsHidden,
            t.AcceptedPostId != null || t.OfficialPostId != null,
            tags.Where(x => x.ThreadId == t.Id).Select(x => x.Tag).Order(StringComparer.Ordinal).ToList())).ToList();
        return new ThreadListPage(items, page, pageCount, total);
    }

    /// <summary>The thread list's query for one sort order; each order has an index (see ForumThreadConfiguration).</summary>
    internal static IQueryable<ForumThread> ThreadList(PortalDbContext db, int boardId, ThreadSort sort, string? tag, ForumViewer viewer)
    {
        var threads = db.Threads.AsNoTracking().Where(t => t.BoardId == boardId);
        if (!viewer.IsModerator)
        {
            threads = threads.Where(t => !t.IsHidden);
        }

        if (!string.IsNullOrWhiteSpace(tag))
        {
            threads = threads.Where(t => db.ThreadTags.Any(x => x.ThreadId == t.Id && x.Tag == tag));
        }

        return sort switch
        {
            ThreadSort.Newest => threads.OrderByDescending(t => t.CreatedAt),
            ThreadSort.Top => threads.OrderByDescending(t => t.ReactionCount).ThenByDescending(t => t.CreatedAt),
            ThreadSort.Unanswered => threads.Where(t => t.ReplyCount == 0).OrderByDescending(t => t.CreatedAt),
            _ => threads.OrderByDescending(t => t.IsPinned).ThenByDescending(t => t.LastActivityAt),
        };
    }

    /// <summary>Page <paramref name="page"/> of a thread (clamped to the pages there are), or null when the viewer may not see it.</summary>
    public async Task<ThreadView?> GetThreadAsync(long threadId, int page, ForumViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var thread = await db.Threads.AsNoTracking()
            .Where(t => t.Id == threadId && (viewer.IsModerator || !t.IsHidden))
            .Select(t => new
            {
                Thread = t,
                t.Board!.Slug,
                t.Board.Name,
                t.Board.NameZh,
                Tags = t.Tags.Select(x => x.Tag).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (thread is null)
        {
            return null;
        }

        var t = thread.Thread;
        var pageCount = PostLocation.PageOf(t.PostCount);
        page = Math.Clamp(page, 1, pageCount);
        var first = ((page - 1) * PostLocation.PostsPerPage) + 1;
        var last = first + PostLocation.PostsPerPage - 1;
        var posts = await db.Posts.AsNoTracking()
            .Where(p => p.ThreadId == threadId && p.Number >= first && p.Number <= last)
            .OrderBy(p => p.Number)
            .ToListAsync(cancellationToken);
        var authors = await ForumAuthors.LoadAsync(db, posts.Select(p => p.AuthorId).ToList(), cancellationToken);

        var postIds = posts.Select(p => p.Id).ToList();
        var mine = viewer.MemberId is null
            ? []
            : await db.PostReactions.AsNoTracking().Where(r => r.MemberId == viewer.MemberId && postIds.Contains(r.PostId)).Select(r => new { r.PostId, r.Kind }).ToListAsync(cancellationToken);
        var state = viewer.MemberId is null
            ? null
            : await db.Threads.AsNoTracking().Where(x => x.Id == threadId).Select(x => new
            {
                Following = db.ThreadFollows.Any(f => f.ThreadId == threadId && f.MemberId == viewer.MemberId),
                LastRead = db.ThreadReadStates.Where(r => r.ThreadId == threadId && r.MemberId == viewer.MemberId).Select(r => r.LastReadNumber).FirstOrDefault(),
            }).SingleAsync(cancellationToken);

        var header = new ThreadHeader(
            t.Id, t.Title, t.Slug, t.BoardId, thread.Slug, thread.Name, thread.NameZh, t.AuthorId, t.CreatedAt, t.PostCount, t.ViewCount,
            t.IsPinned, t.IsLocked, t.IsHidden, t.HiddenReason, t.AcceptedPostId, t.OfficialPostId, thread.Tags.Order(StringComparer.Ordinal).ToList());
        var views = posts.Select(p =>
        {
            var visible = !p.IsDeleted && (!p.IsHidden || viewer.IsModerator);
            return new PostView(
                p.Id, p.Number, authors[p.AuthorId], visible ? p.BodyHtml : "", visible ? p.Body : "", p.CreatedAt, p.EditedAt,
                p.IsDeleted, p.IsHidden, p.HiddenReason, p.LikeCount, p.HelpfulCount,
                mine.Any(r => r.PostId == p.Id && r.Kind == ReactionKind.Like),
                mine.Any(r => r.PostId == p.Id && r.Kind == ReactionKind.Helpful));
        }).ToList();
        return new ThreadView(header, views, page, pageCount, state?.Following ?? false, state?.LastRead ?? 0);
    }

    /// <summary>Whether the viewer may read the thread (the same rule as the thread page), for live subscriptions.</summary>
    public async Task<bool> CanReadThreadAsync(long threadId, ForumViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Threads.AnyAsync(t => t.Id == threadId && (viewer.IsModerator || !t.IsHidden), cancellationToken);
    }

    public async Task<Board?> GetBoardAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Boards.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == slug, cancellationToken);
    }

    /// <summary>The tags used on a board, most used first, for the filter chips.</summary>
    public async Task<IReadOnlyList<string>> GetTagsAsync(int boardId, int take = 20, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ThreadTags.AsNoTracking()
            .Where(x => db.Threads.Any(t => t.Id == x.ThreadId && t.BoardId == boardId && !t.IsHidden))
            .GroupBy(x => x.Tag)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => g.Key)
            .Take(take)
            .ToListAsync(cancellationToken);
    }

    private sealed record LatestThread(long Id, string Title, string Slug, DateTimeOffset? At);
}
