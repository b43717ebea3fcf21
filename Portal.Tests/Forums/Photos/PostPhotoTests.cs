using Microsoft.EntityFrameworkCore;
using Portal.Domain.Forums;
using Portal.Domain.Forums.Images;
using Portal.Domain.Media;
using Portal.Tests.Infrastructure;
using SkiaSharp;

namespace Portal.Tests.Forums.Photos;

/// <summary>Photos in posts: the upload rules, which post a photo belongs to, the gallery queries, and the cleanup job.</summary>
public sealed class PostPhotoTests : IAsyncLifetime
{
    private ForumWorld world = null!;

    private PostImageUploads Uploads => world.Database.Get<PostImageUploads>();

    private PostImageGallery Gallery => world.Database.Get<PostImageGallery>();

    private string Folder => Path.Combine(world.Database.Paths.Uploads, PostPhotos.Kind);

    public async Task InitializeAsync() => world = await ForumWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task An_upload_is_stored_as_webp_at_each_width_with_its_size_and_no_post_yet()
    {
        var lin = await world.VeteranAsync("Lin");

        var result = await UploadAsync(lin, 2000, 1000);

        Assert.True(result.Succeeded);
        var photo = result.Value!;
        Assert.Null(photo.PostId);
        Assert.Equal((1600, 800), (photo.Width, photo.Height));
        Assert.StartsWith("/media/post-images/photo-", photo.Url, StringComparison.Ordinal);
        Assert.Contains(" 480w", photo.SrcSet, StringComparison.Ordinal);
        var fileName = PostPhotos.FileNameOf(photo.Url)!;
        using (var codec = SKCodec.Create(Path.Combine(Folder, fileName)))
        {
            Assert.Equal(SKEncodedImageFormat.Webp, codec.EncodedFormat);
        }

        Assert.True(File.Exists(Path.Combine(Folder, ImageProfile.VariantName(fileName, 480))));
        Assert.True(File.Exists(Path.Combine(Folder, ImageProfile.VariantName(fileName, 960))));
    }

    [Fact]
    public async Task A_file_over_8_MB_or_that_is_not_a_picture_is_refused_and_nothing_is_kept()
    {
        var lin = await world.VeteranAsync("Lin");

        var tooLarge = await Uploads.UploadAsync(lin, new MemoryStream(new byte[(8 * 1024 * 1024) + 1]));
        var notAPicture = await Uploads.UploadAsync(lin, new MemoryStream("%PDF-1.7 not a photo"u8.ToArray()));

        Assert.Equal((ForumProblems.PhotoTooLarge, 8L), (tooLarge.Problems[0].Code, (long)tooLarge.Problems[0].Args[0]));
        Assert.Equal(ForumProblems.NotAPhoto, notAPicture.Problems[0].Code);
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(0, await db.PostImages.CountAsync());
        Assert.False(Directory.Exists(Folder) && Directory.EnumerateFiles(Folder).Any());
    }

    [Fact]
    public async Task A_member_holds_eight_unposted_photos_and_a_new_member_two()
    {
        var veteran = await world.VeteranAsync("Lin");
        var newcomer = await world.Database.CreateMemberAsync("New owner");
        for (var i = 0; i < 8; i++)
        {
            Assert.True((await UploadAsync(veteran)).Succeeded);
        }

        Assert.True((await UploadAsync(newcomer)).Succeeded);
        Assert.True((await UploadAsync(newcomer)).Succeeded);

        var ninth = await UploadAsync(veteran);
        var third = await UploadAsync(newcomer);

        Assert.Equal((ForumProblems.TooManyPhotos, 8), (ninth.Problems[0].Code, (int)ninth.Problems[0].Args[0]));
        Assert.Equal((ForumProblems.TooManyPhotos, 2), (third.Problems[0].Code, (int)third.Problems[0].Args[0]));
    }

    [Fact]
    public async Task A_reply_gets_the_photos_its_text_shows_in_order_and_the_gallery_shows_them_instead_of_inline()
    {
        var lin = await world.VeteranAsync("Lin");
        var location = await world.ThreadAsync(lin);
        var first = (await UploadAsync(lin)).Value!;
        var second = (await UploadAsync(lin)).Value!;
        var unused = (await UploadAsync(lin)).Value!;

        var reply = await world.ReplyAsync(lin, location.ThreadId, $"Our trip to the coast.\n\n![Sunset at the pier]({second.Url})\n![]({first.Url})");

        var gallery = await Gallery.ForPostsAsync([reply.PostId, location.PostId]);
        var photos = gallery[reply.PostId];
        Assert.Equal([second.Id, first.Id], photos.Select(p => p.Id));
        Assert.Equal("Sunset at the pier", photos[0].Alt);
        Assert.False(gallery.ContainsKey(location.PostId));
        Assert.Equal([second.Id, first.Id], (await Gallery.ForThreadAsync(location.ThreadId)).Select(p => p.Id));
        await using var db = world.Database.CreateDbContext();
        var html = await db.Posts.Where(p => p.Id == reply.PostId).Select(p => p.BodyHtml).SingleAsync();
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Equal("<p>Our trip to the coast.</p>", html.Trim());
        Assert.Null(await db.PostImages.Where(i => i.Id == unused.Id).Select(i => i.PostId).SingleAsync());
    }

    [Fact]
    public async Task Someone_elses_photo_in_a_post_does_not_become_theirs()
    {
        var lin = await world.VeteranAsync("Lin");
        var wang = await world.VeteranAsync("王伟");
        var location = await world.ThreadAsync(lin);
        var linsPhoto = (await UploadAsync(lin)).Value!;

        var reply = await world.ReplyAsync(wang, location.ThreadId, $"Borrowing this one.\n\n![]({linsPhoto.Url})");

        Assert.Empty(await Gallery.ForPostsAsync([reply.PostId]));
        await using var db = world.Database.CreateDbContext();
        Assert.Null(await db.PostImages.Where(i => i.Id == linsPhoto.Id).Select(i => i.PostId).SingleAsync());
    }

    [Fact]
    public async Task A_new_member_cannot_post_three_photos_in_one_post()
    {
        var veteran = await world.VeteranAsync("Lin");
        var location = await world.ThreadAsync(veteran);
        var newcomer = await world.Database.CreateMemberAsync("New owner");
        var photos = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            photos.Add((await UploadAsync(newcomer)).Value!.Url);
        }

        photos.Add("/media/post-images/photo-elsewhere-00000000000000000000000000000000.webp");
        var result = await world.Forum.ReplyAsync(newcomer, location.ThreadId, string.Concat(photos.Select(u => $"![]({u})\n")));

        Assert.Equal((ForumProblems.TooManyPhotos, 2), (result.For("Body")!.Code, (int)result.For("Body")!.Args[0]));
    }

    [Fact]
    public async Task A_photo_only_reply_is_long_enough()
    {
        var lin = await world.VeteranAsync("Lin");
        var location = await world.ThreadAsync(lin);
        var photo = (await UploadAsync(lin)).Value!;

        var result = await world.Forum.ReplyAsync(lin, location.ThreadId, $"![]({photo.Url})");

        Assert.True(result.Succeeded, string.Join(", ", result.Problems.Select(p => p.Code)));
    }

    [Fact]
    public async Task The_cleanup_job_deletes_photos_no_post_shows_after_a_day_with_their_files_and_keeps_the_rest()
    {
        var lin = await world.VeteranAsync("Lin");
        var location = await world.ThreadAsync(lin);
        var kept = (await UploadAsync(lin)).Value!;
        var dropped = (await UploadAsync(lin)).Value!;
        var abandoned = (await UploadAsync(lin)).Value!;
        var reply = await world.ReplyAsync(lin, location.ThreadId, $"Two photos from today.\n\n![]({kept.Url})\n![]({dropped.Url})");
        Assert.True((await world.Forum.EditPostAsync(lin, reply.PostId, $"One photo from today is enough.\n\n![]({kept.Url})")).Succeeded);
        var cleanup = world.Database.Get<PostImageCleanup>();

        world.Database.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await cleanup.DeleteAbandonedAsync());
        world.Database.Clock.Advance(TimeSpan.FromHours(1.5));
        var deleted = await cleanup.DeleteAbandonedAsync();
        var recent = (await UploadAsync(lin)).Value!;

        Assert.Equal(2, deleted);
        Assert.Equal(0, await cleanup.DeleteAbandonedAsync());
        await using var db = world.Database.CreateDbContext();
        Assert.Equal([kept.Id, recent.Id], await db.PostImages.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());
        var files = Directory.EnumerateFiles(Folder).Select(Path.GetFileName).ToList();
        Assert.Equal(6, files.Count);
        Assert.DoesNotContain(files, f => f!.StartsWith(Path.GetFileNameWithoutExtension(PostPhotos.FileNameOf(abandoned.Url)!), StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f!.StartsWith(Path.GetFileNameWithoutExtension(PostPhotos.FileNameOf(dropped.Url)!), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_removed_post_lets_its_photos_go_and_the_thread_gallery_skips_hidden_posts()
    {
        var lin = await world.VeteranAsync("Lin");
        var location = await world.ThreadAsync(lin);
        var photo = (await UploadAsync(lin)).Value!;
        var reply = await world.ReplyAsync(lin, location.ThreadId, $"A photo I will take back.\n\n![]({photo.Url})");

        Assert.True((await world.Forum.DeletePostAsync(lin, reply.PostId)).Succeeded);

        Assert.Empty(await Gallery.ForThreadAsync(location.ThreadId));
        await using var db = world.Database.CreateDbContext();
        Assert.Null(await db.PostImages.Where(i => i.Id == photo.Id).Select(i => i.PostId).SingleAsync());
    }

    [Fact]
    public async Task The_uploader_removes_an_unposted_photo_and_no_one_else_can()
    {
        var lin = await world.VeteranAsync("Lin");
        var wang = await world.VeteranAsync("王伟");
        var photo = (await UploadAsync(lin)).Value!;

        var byWang = await Uploads.RemoveAsync(wang, photo.Url);
        var byLin = await Uploads.RemoveAsync(lin, photo.Url);

        Assert.Equal(ForumProblems.NotFound, byWang.Problems[0].Code);
        Assert.True(byLin.Succeeded);
        Assert.False(Directory.EnumerateFiles(Folder).Any());
    }

    private Task<Domain.Result<PostImageView>> UploadAsync(string memberId, int width = 640, int height = 480) =>
        Uploads.UploadAsync(memberId, new MemoryStream(TestImages.Png(width, height)));
}
