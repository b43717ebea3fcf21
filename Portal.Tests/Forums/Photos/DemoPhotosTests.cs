using Microsoft.EntityFrameworkCore;
using Portal.Domain.Forums.Images;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Forums.Photos;

/// <summary>The demo community has photos in a few club threads, stored through the pipeline, in the posts' text, and shown by the gallery.</summary>
public sealed class DemoPhotosTests
{
    [Fact]
    public async Task Some_club_threads_show_photos_that_were_stored_and_that_their_text_points_at()
    {
        await using var demo = await TestDatabase.CreateSeededAsync();
        await using var db = demo.CreateDbContext();
        var photos = await db.PostImages.AsNoTracking().ToListAsync();
        var threadId = await db.Posts.Where(p => p.Id == photos[0].PostId).Select(p => p.ThreadId).SingleAsync();
        var body = await db.Posts.Where(p => p.Id == photos[0].PostId).Select(p => p.Body).SingleAsync();

        Assert.InRange(photos.Count, 10, 20);
        Assert.All(photos, p => Assert.NotNull(p.PostId));
        // Measured from the stored WebP when it was seeded (the copy of the demo database has no uploads folder).
        Assert.All(photos, p => Assert.Equal((1200, 800), (p.Width, p.Height)));
        Assert.Contains(PostPhotos.Profile.Url(photos[0].FileName), body, StringComparison.Ordinal);
        Assert.NotEmpty(await demo.Get<PostImageGallery>().ForThreadAsync(threadId));
    }
}
