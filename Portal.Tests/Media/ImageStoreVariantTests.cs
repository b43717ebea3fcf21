using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Articles;
using Portal.Domain.Media;
using Portal.Tests.Infrastructure;
using SkiaSharp;

namespace Portal.Tests.Media;

/// <summary>A profile with extra widths stores a copy at each beside the main file, and deleting removes them all.</summary>
public sealed class ImageStoreVariantTests : IAsyncLifetime
{
    private TestDatabase database = default!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private ImageStore Store => database.Services.GetRequiredKeyedService<ImageStore>(ArticleCoverImages.Kind);

    [Fact]
    public async Task Saving_writes_every_width_and_deleting_removes_every_width()
    {
        using var upload = new MemoryStream(TestImages.Png(2400, 1350));
        var stored = await Store.SaveAsync("7", upload, CancellationToken.None);
        Assert.True(stored.Succeeded);
        var name = stored.Value!;

        Assert.Equal([480, 960], ArticleCoverImages.Profile.ExtraWidths);
        Assert.Equal((1600, 900), Size(Store.Resolve(name)!));
        Assert.Equal((480, 270), Size(Store.Resolve(ImageProfile.VariantName(name, 480))!));
        Assert.Equal((960, 540), Size(Store.Resolve(ImageProfile.VariantName(name, 960))!));
        Assert.Equal(3, Directory.GetFiles(Store.Folder).Length);

        Store.Delete(name);

        Assert.Empty(Directory.GetFiles(Store.Folder));
    }

    [Fact]
    public async Task A_small_picture_is_never_scaled_up_for_a_variant()
    {
        using var upload = new MemoryStream(TestImages.Png(640, 360));
        var name = (await Store.SaveAsync("7", upload, CancellationToken.None)).Value!;

        Assert.Equal((480, 270), Size(Store.Resolve(ImageProfile.VariantName(name, 480))!));
        Assert.Equal((640, 360), Size(Store.Resolve(ImageProfile.VariantName(name, 960))!));
    }

    [Fact]
    public async Task A_profile_without_extra_widths_writes_one_file()
    {
        var avatars = database.Services.GetRequiredKeyedService<ImageStore>(AvatarImages.Kind);
        using var upload = new MemoryStream(TestImages.Png(600, 600));
        var name = (await avatars.SaveAsync("m1", upload, CancellationToken.None)).Value!;

        Assert.Equal([Path.Combine(avatars.Folder, name)], Directory.GetFiles(avatars.Folder));
    }

    [Fact]
    public void Variant_names_resolve_only_for_files_that_exist_and_never_outside_the_folder()
    {
        Assert.Null(Store.Resolve(ImageProfile.VariantName("article-7-0123456789abcdef0123456789abcdef.webp", 480)));
        Assert.Null(Store.Resolve("article-7-0123456789abcdef0123456789abcdef-480w.webp/../../portal.db"));
        Assert.Null(Store.Resolve("..-480w.webp"));
    }

    private static (int, int) Size(string path)
    {
        using var codec = SKCodec.Create(path);
        return (codec.Info.Width, codec.Info.Height);
    }
}
