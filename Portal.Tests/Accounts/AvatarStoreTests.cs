using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Media;
using Portal.Tests.Infrastructure;
using SkiaSharp;

namespace Portal.Tests.Accounts;

/// <summary>Avatar uploads are judged by their content, normalised to a 256 px WebP, and replaced cleanly.</summary>
public sealed class AvatarStoreTests : IAsyncLifetime
{
    private TestDatabase db = default!;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await db.DisposeAsync();

    private ImageStore Store => db.Services.GetRequiredKeyedService<ImageStore>(AvatarImages.Kind);

    [Fact]
    public async Task SaveAsync_stores_a_png_as_a_square_256px_webp_cropped_to_the_centre()
    {
        // 400x200: red and blue bands at the sides, green in the middle square that the crop keeps.
        using var upload = new MemoryStream(Png(400, 200, (x, _) => x < 100 ? SKColors.Red : x >= 300 ? SKColors.Blue : SKColors.Lime));

        var result = await Store.SaveAsync("user-1", upload, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.EndsWith(".webp", result.Value, StringComparison.Ordinal);
        var path = Store.Resolve(result.Value!);
        Assert.NotNull(path);
        Assert.Equal(Path.GetFullPath(Path.Combine(db.Paths.Root, "uploads", "avatars")), Path.GetDirectoryName(path));
        using var codec = SKCodec.Create(path);
        Assert.Equal(SKEncodedImageFormat.Webp, codec.EncodedFormat);
        Assert.Equal((256, 256), (codec.Info.Width, codec.Info.Height));
        using var stored = SKBitmap.Decode(path);
        foreach (var (x, y) in new[] { (2, 2), (253, 128), (128, 253) })
        {
            var pixel = stored.GetPixel(x, y);
            Assert.True(pixel.Green > 200 && pixel.Red < 60 && pixel.Blue < 60, $"pixel ({x},{y}) is {pixel}, expected green");
        }
    }

    [Fact]
    public async Task SaveAsync_refuses_text_named_like_a_png_and_writes_no_file()
    {
        await using var upload = File.Open(WriteTempFile("avatar.png", "definitely not an image\n"u8.ToArray()), FileMode.Open);

        var result = await Store.SaveAsync("user-1", upload, CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProfileProblems.AvatarNotImage, "Avatar"), (problem.Code, problem.Field));
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task SaveAsync_refuses_a_truncated_png()
    {
        var png = Png(64, 64, (_, _) => SKColors.Lime);
        using var upload = new MemoryStream(png[..40]);

        var result = await Store.SaveAsync("user-1", upload, CancellationToken.None);

        Assert.Equal(ProfileProblems.AvatarNotImage, Assert.Single(result.Problems).Code);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task SaveAsync_refuses_more_than_two_megabytes()
    {
        var bytes = new byte[AvatarImages.Profile.MaxBytes + 1];
        Png(16, 16, (_, _) => SKColors.Lime).CopyTo(bytes, 0); // a real image at the start does not help
        using var upload = new MemoryStream(bytes);

        var result = await Store.SaveAsync("user-1", upload, CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProfileProblems.AvatarTooLarge, problem.Code);
        Assert.Equal([2L], problem.Args);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task SaveAsync_refuses_an_image_that_claims_too_many_pixels_without_decoding_it()
    {
        // A GIF header announcing 10000x10000 (100 megapixels) in a few bytes: a decompression bomb.
        byte[] header = [.. "GIF89a"u8, 0x10, 0x27, 0x10, 0x27, 0x00, 0x00, 0x00, .. "trailing bytes"u8];
        using var upload = new MemoryStream(header);

        var result = await Store.SaveAsync("user-1", upload, CancellationToken.None);

        Assert.Equal(ProfileProblems.AvatarTooManyPixels, Assert.Single(result.Problems).Code);
        Assert.Empty(StoredFiles());
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("../x.webp")]
    [InlineData("..webp")]
    [InlineData("sub/x.webp")]
    [InlineData("x.png")]
    [InlineData("missing-file.webp")] // a valid name, but nothing stored under it
    public void Resolve_returns_null_for_names_it_did_not_store(string name) =>
        Assert.Null(Store.Resolve(name));

    [Fact]
    public async Task SetAvatarAsync_sets_the_file_and_deletes_the_previous_one()
    {
        var id = await db.CreateMemberAsync("Member");
        var profiles = db.Get<ProfileService>();

        Assert.True((await profiles.SetAvatarAsync(id, new MemoryStream(Png(300, 300, (_, _) => SKColors.Red)))).Succeeded);
        var first = await AvatarFileAsync(id);
        Assert.NotNull(first);
        Assert.NotNull(Store.Resolve(first));

        Assert.True((await profiles.SetAvatarAsync(id, new MemoryStream(Png(300, 300, (_, _) => SKColors.Blue)))).Succeeded);
        var second = await AvatarFileAsync(id);

        Assert.NotNull(second);
        Assert.NotEqual(first, second);
        Assert.Null(Store.Resolve(first));
        Assert.Equal([second], StoredFiles());
    }

    [Fact]
    public async Task SetAvatarAsync_with_a_bad_upload_keeps_the_current_avatar()
    {
        var id = await db.CreateMemberAsync("Member");
        var profiles = db.Get<ProfileService>();
        await profiles.SetAvatarAsync(id, new MemoryStream(Png(300, 300, (_, _) => SKColors.Red)));
        var current = await AvatarFileAsync(id);

        var result = await profiles.SetAvatarAsync(id, new MemoryStream("Just some text.\n"u8.ToArray()));

        Assert.Equal(ProfileProblems.AvatarNotImage, Assert.Single(result.Problems).Code);
        Assert.Equal(current, await AvatarFileAsync(id));
        Assert.Equal([current!], StoredFiles());
    }

    [Fact]
    public async Task SetAvatarAsync_for_an_unknown_member_leaves_no_file_behind()
    {
        var result = await db.Get<ProfileService>().SetAvatarAsync("no-such-member", new MemoryStream(Png(64, 64, (_, _) => SKColors.Red)));

        Assert.Equal(ProfileProblems.NotFound, Assert.Single(result.Problems).Code);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task RemoveAvatarAsync_clears_the_field_and_deletes_the_file()
    {
        var id = await db.CreateMemberAsync("Member");
        var profiles = db.Get<ProfileService>();
        await profiles.SetAvatarAsync(id, new MemoryStream(Png(64, 64, (_, _) => SKColors.Red)));

        Assert.True((await profiles.RemoveAvatarAsync(id)).Succeeded);

        Assert.Null(await AvatarFileAsync(id));
        Assert.Empty(StoredFiles());
    }

    private static byte[] Png(int width, int height, Func<int, int, SKColor> color)
    {
        using var bitmap = new SKBitmap(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, color(x, y));
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private string WriteTempFile(string name, byte[] content)
    {
        var path = Path.Combine(db.Directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private List<string> StoredFiles() =>
        Directory.Exists(Store.Folder) ? Directory.GetFiles(Store.Folder).Select(f => Path.GetFileName(f)).ToList() : [];

    private async Task<string?> AvatarFileAsync(string id)
    {
        await using var read = db.CreateDbContext();
        return await read.Users.Where(u => u.Id == id).Select(u => u.AvatarFile).SingleAsync();
    }
}
