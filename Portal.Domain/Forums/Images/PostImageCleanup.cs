using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.Data;
using Portal.Domain.Media;

namespace Portal.Domain.Forums.Images;

/// <summary>
/// The recurring job that deletes photos no post shows once <see cref="ForumOptions.AbandonedPhotoLifetime"/> has passed
/// since the upload: uploads never posted, photos an edit dropped, and those of removed posts. Files go first, then rows,
/// so a pass that stops half-way leaves rows the next pass finishes.
/// </summary>
public sealed class PostImageCleanup(
    IDbContextFactory<PortalDbContext> contextFactory,
    [FromKeyedServices(PostPhotos.Kind)] ImageStore store,
    IOptionsMonitor<ForumOptions> options,
    TimeProvider clock)
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private const int Batch = 200;

    /// <summary>Deletes the abandoned photos; returns how many.</summary>
    public async Task<int> DeleteAbandonedAsync(CancellationToken cancellationToken = default)
    {
        var before = clock.GetUtcNow() - options.CurrentValue.AbandonedPhotoLifetime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var deleted = 0;
        while (true)
        {
            var abandoned = await db.PostImages
                .Where(i => i.PostId == null && i.UploadedAt < before)
                .OrderBy(i => i.Id)
                .Select(i => new { i.Id, i.FileName })
                .Take(Batch)
                .ToListAsync(cancellationToken);
            if (abandoned.Count == 0)
            {
                return deleted;
            }

            foreach (var image in abandoned)
            {
                store.Delete(image.FileName);
            }

            var ids = abandoned.Select(i => i.Id).ToList();
            deleted += await db.PostImages.Where(i => ids.Contains(i.Id) && i.PostId == null).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
