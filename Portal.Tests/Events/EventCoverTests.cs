using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Media;
using Portal.Domain.Events;
using Portal.Tests.Infrastructure;
using SkiaSharp;

namespace Portal.Tests.Events;

/// <summary>Cover uploads are judged by their content, cropped to 16:9 WebP, replaced cleanly, and only for staff.</summary>
public sealed class EventCoverTests : IAsyncLifetime
{
    private EventWorld world = default!;

    public async Task InitializeAsync() => world = await EventWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    private ImageStore Store => world.Database.Services.GetRequiredKeyedService<ImageStore>(EventCoverImages.Kind);

    [Fact]
    public async Task A_picture_becomes_a_16_by_9_webp_and_replacing_it_deletes_the_old_file()
    {
        var eventId = await world.PublishedAsync();
        using (var upload = new MemoryStream(TestImages.Png(3000, 3000)))
        {
            Assert.True((await world.Database.Get<EventCovers>().SetCoverAsync(world.EditorId, eventId, upload)).Succeeded);
        }

        var first = await CoverAsync(eventId);
        using (var codec = SKCodec.Create(Store.Resolve(first!)))
        {
            Assert.Equal(SKEncodedImageFormat.Webp, codec.EncodedFormat);
            Assert.Equal((1280, 720), (codec.Info.Width, codec.Info.Height));
        }

        using (var again = new MemoryStream(TestImages.Png(320, 180)))
        {
            Assert.True((await world.Database.Get<EventCovers>().SetCoverAsync(world.EditorId, eventId, again)).Succeeded);
        }

        Assert.Null(Store.Resolve(first!));
        Assert.NotNull(Store.Resolve((await CoverAsync(eventId))!));
    }

    [Fact]
    public async Task Text_pretending_to_be_a_picture_too_large_a_file_and_an_owner_are_refused()
    {
        var eventId = await world.PublishedAsync();
        using var text = new MemoryStream("GIF89a<script>alert(1)</script>"u8.ToArray());
        Assert.Equal(EventProblems.CoverNotImage, Assert.Single((await world.Database.Get<EventCovers>().SetCoverAsync(world.EditorId, eventId, text)).Problems).Code);

        using var huge = new MemoryStream(new byte[EventCoverImages.Profile.MaxBytes + 10]);
        Assert.Equal(EventProblems.CoverTooLarge, Assert.Single((await world.Database.Get<EventCovers>().SetCoverAsync(world.EditorId, eventId, huge)).Problems).Code);

        var owner = (await world.MembersAsync(1))[0];
        using var png = new MemoryStream(TestImages.Png(32, 18));
        Assert.Equal(EventProblems.Forbidden, Assert.Single((await world.Database.Get<EventCovers>().SetCoverAsync(owner, eventId, png)).Problems).Code);
        Assert.Null(await CoverAsync(eventId));
        Assert.Null(Store.Resolve("../portal.db"));
    }

    private async Task<string?> CoverAsync(int eventId)
    {
        await using var db = world.Database.CreateDbContext();
        return await db.Events.Where(e => e.Id == eventId).Select(e => e.CoverFile).SingleAsync();
    }
}
