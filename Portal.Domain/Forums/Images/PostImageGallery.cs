using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Forums.Images;

/// <summary>The photos pages show: those of a page of posts (each post's gallery), or of a whole thread (an event's photos).</summary>
public sealed class PostImageGallery(IDbContextFactory<PortalDbContext> contextFactory)
{
    /// <summary>The photos of these posts, grouped by post, each post's in the order its text shows them.</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<PostImageView>>> ForPostsAsync(IReadOnlyCollection<long> postIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(postIds);
        if (postIds.Count == 0)
        {
            return new Dictionary<long, IReadOnlyList<PostImageView>>();
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var images = await db.PostImages.AsNoTracking()
            .Where(i => i.PostId != null && postIds.Contains(i.PostId.Value))
            .OrderBy(i => i.PostId).ThenBy(i => i.Position)
            .ToListAsync(cancellationToken);
        return images.GroupBy(i => i.PostId!.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<PostImageView>)g.Select(PostImageView.Of).ToList());
    }

    /// <summary>
    /// The photos of a thread's visible posts (not deleted, not hidden, in a thread that is not hidden), in post order, at most
    /// <paramref name="limit"/>: the photos of a past event's discussion.
    /// </summary>
    public async Task<IReadOnlyList<PostImageView>> ForThreadAsync(long threadId, int limit = 48, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var images = await db.PostImages.AsNoTracking()
            .Join(db.Posts, i => i.PostId, p => p.Id, (i, p) => new { Image = i, Post = p })
            .Where(x => x.Post.ThreadId == threadId && !x.Post.IsDeleted && !x.Post.IsHidden && !x.Post.Thread!.IsHidden)
            .OrderBy(x => x.Post.Number).ThenBy(x => x.Image.Position)
            .Select(x => x.Image)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return images.Select(PostImageView.Of).ToList();
    }
}
