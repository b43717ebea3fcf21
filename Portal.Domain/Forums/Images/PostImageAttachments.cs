using Microsoft.EntityFrameworkCore;
using Portal.Domain.Content;
using Portal.Domain.Data;

namespace Portal.Domain.Forums.Images;

/// <summary>
/// Gives a saved post the photos its Markdown shows, inside the writer's transaction: only the author's own uploads that
/// no other post has become the post's, in the order the text shows them, with the text's description. Photos the post
/// showed before and no longer does are let go, and the cleanup job deletes them like any abandoned upload.
/// </summary>
internal static class PostImageAttachments
{
    public static async Task AttachAsync(PortalDbContext db, string authorId, long postId, RenderedMarkdown rendered, CancellationToken cancellationToken)
    {
        var shown = rendered.Images
            .Select(i => (Name: PostPhotos.FileNameOf(i.Url), i.Alt))
            .Where(i => i.Name is not null)
            .DistinctBy(i => i.Name, StringComparer.Ordinal)
            .ToList();
        var names = shown.Select(i => i.Name!).ToList();
        var images = await db.PostImages
            .Where(i => i.PostId == postId || (names.Contains(i.FileName) && i.UploaderId == authorId && i.PostId == null))
            .ToListAsync(cancellationToken);
        foreach (var image in images)
        {
            var position = names.IndexOf(image.FileName);
            image.PostId = position < 0 ? null : postId;
            image.Position = Math.Max(0, position);
            image.Alt = position < 0 ? "" : Truncate(shown[position].Alt);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The author removed the post: its photos go with it (the cleanup job deletes them).</summary>
    public static Task ReleaseAsync(PortalDbContext db, long postId, CancellationToken cancellationToken) =>
        db.PostImages.Where(i => i.PostId == postId).ExecuteUpdateAsync(s => s.SetProperty(i => i.PostId, (long?)null), cancellationToken);

    private static string Truncate(string alt) => alt.Length <= PostImage.AltMaxLength ? alt : alt[..PostImage.AltMaxLength];
}
