using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.Data;
using Portal.Domain.Media;

namespace Portal.Domain.Forums.Images;

/// <summary>
/// A member uploads a photo for the post they are writing: it passes the posting rules that apply before typing
/// (confirmed email, not silenced), goes through the one image pipeline (<see cref="PostPhotos"/>: decoded by content,
/// re-encoded as WebP, so metadata and GPS are gone) and waits, without a post, until the thread or reply that shows it
/// is saved. A member holds at most as many unposted photos as one post may show (fewer while they are new).
/// </summary>
public sealed class PostImageUploads(
    IDbContextFactory<PortalDbContext> contextFactory,
    [FromKeyedServices(PostPhotos.Kind)] ImageStore store,
    PostingGuard guard,
    IOptionsMonitor<ForumOptions> options,
    TimeProvider clock)
{
    public async Task<Result<PostImageView>> UploadAsync(string memberId, Stream upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await guard.CanWriteAsync(db, memberId, cancellationToken) is { } refusal)
        {
            return Result.Fail(refusal).As<PostImageView>();
        }

        var limits = options.CurrentValue;
        var now = clock.GetUtcNow();
        var joinedAt = await db.Users.Where(u => u.Id == memberId).Select(u => u.JoinedAt).SingleAsync(cancellationToken);
        var max = joinedAt > now - limits.NewMemberPeriod ? limits.NewMemberMaxPhotosPerPost : limits.MaxPhotosPerPost;
        if (await db.PostImages.CountAsync(i => i.UploaderId == memberId && i.PostId == null, cancellationToken) >= max)
        {
            return new Problem(ForumProblems.TooManyPhotos, PostPhotos.Profile.Field, max);
        }

        var stored = await store.SaveAsync(memberId, upload, cancellationToken);
        if (!stored.Succeeded)
        {
            return stored.As<PostImageView>();
        }

        var (width, height) = store.SizeOf(stored.Value!) ?? (0, 0);
        var image = new PostImage { UploaderId = memberId, FileName = stored.Value!, Width = width, Height = height, UploadedAt = now };
        db.PostImages.Add(image);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(PostImageView.Of(image));
    }

    /// <summary>
    /// The member takes back a photo they have not posted yet (the thumbnail's remove button; <paramref name="url"/> is the
    /// address the text shows): row and files go. A photo a post already shows stays until the edit without it is saved.
    /// </summary>
    public async Task<Result> RemoveAsync(string memberId, string url, CancellationToken cancellationToken = default)
    {
        var fileName = PostPhotos.FileNameOf(url);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var image = await db.PostImages.SingleOrDefaultAsync(i => i.FileName == fileName && i.UploaderId == memberId && i.PostId == null, cancellationToken);
        if (image is null)
        {
            return Result.Fail(ForumProblems.NotFound);
        }

        db.PostImages.Remove(image);
        await db.SaveChangesAsync(cancellationToken);
        store.Delete(image.FileName);
        return Result.Ok;
    }
}
