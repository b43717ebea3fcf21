using Microsoft.EntityFrameworkCore;
using Portal.Domain.Content;
using Portal.Domain.Data;

namespace Portal.Domain.Forums;

/// <summary>
/// Writes a new thread with its opening post inside the caller's transaction: the thread, the post, the author's follow,
/// the board's counters and the search index. <see cref="ForumService"/> checks the posting limits before it calls this;
/// an article's discussion (opened by publishing, not typed by a member) calls it directly.
/// </summary>
internal static class ForumThreadWriter
{
    public static async Task<(ForumThread Thread, Post Post)> AddAsync(
        PortalDbContext db, int boardId, string authorId, string title, IEnumerable<string> tags, string body, RenderedMarkdown rendered, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var thread = new ForumThread
        {
            BoardId = boardId,
            AuthorId = authorId,
            Title = title,
            Slug = ForumThread.SlugFor(title),
            CreatedAt = now,
            LastActivityAt = now,
            LastPosterId = authorId,
            PostCount = 1,
        };
        thread.Tags.AddRange(tags.Select(t => new ThreadTag { Tag = t }));
        db.Threads.Add(thread);
        await db.SaveChangesAsync(cancellationToken);

        var post = NewPost(thread.Id, 1, authorId, body, rendered, now);
        db.Posts.Add(post);
        db.ThreadFollows.Add(new ThreadFollow { ThreadId = thread.Id, MemberId = authorId, Since = now });
        await db.SaveChangesAsync(cancellationToken);
        await db.Boards.Where(b => b.Id == boardId).ExecuteUpdateAsync(
            s => s.SetProperty(b => b.ThreadCount, b => b.ThreadCount + 1)
                .SetProperty(b => b.PostCount, b => b.PostCount + 1)
                .SetProperty(b => b.LastActivityAt, now)
                .SetProperty(b => b.LastThreadId, thread.Id),
            cancellationToken);
        await ForumSearchIndex.UpsertAsync(db, post.Id, title, rendered.PlainText, cancellationToken);
        return (thread, post);
    }

    public static Post NewPost(long threadId, int number, string memberId, string body, RenderedMarkdown rendered, DateTimeOffset now) => new()
    {
        ThreadId = threadId,
        Number = number,
        AuthorId = memberId,
        Body = body,
        BodyHtml = rendered.Html,
        CreatedAt = now,
    };
}
