using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Domain.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Shell;

/// <summary>The shared upload field, in the avatar editor on the real <see cref="ProfileService"/> and database.</summary>
public sealed class ImageUploadFieldTests : PortalComponentTest
{
    private TestDatabase db = default!;
    private string memberId = "";

    protected override async Task InitializeTestAsync()
    {
        db = await TestDatabase.CreateAsync();
        memberId = await db.CreateMemberAsync("Chen Xiao");
        Services.AddSingleton(db.Get<ProfileService>());
        await SignInMemberAsync(memberId, "chen");
    }

    protected override async Task DisposeTestAsync() => await db.DisposeAsync();

    [Fact]
    public async Task A_picture_is_stored_and_the_place_is_told()
    {
        var changed = 0;
        var cut = Render<AvatarEditor>(p => p.Add(e => e.DisplayName, "Chen Xiao").Add(e => e.Changed, () => changed++));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(TestImages.Png(64, 64), "me.png", contentType: "image/png"));

        cut.WaitForAssertion(() => Assert.Equal(1, changed));
        Assert.Empty(cut.FindAll("[data-testid=avatar-error]"));
        Assert.NotNull(await AvatarFileAsync());
        Assert.Contains("PNG, JPEG, WebP or GIF, up to 2 MB.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_named_like_a_picture_shows_the_stores_reason_in_the_places_words()
    {
        var changed = 0;
        var cut = Render<AvatarEditor>(p => p.Add(e => e.DisplayName, "Chen Xiao").Add(e => e.Changed, () => changed++));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("not a picture", "me.png", contentType: "image/png"));

        cut.WaitForAssertion(() => Assert.Equal("This file is not a PNG, JPEG, WebP or GIF picture.", cut.Find("[data-testid=avatar-error]").TextContent.Trim()));
        Assert.Equal(0, changed);
        Assert.Null(await AvatarFileAsync());
    }

    [Fact]
    public async Task Too_large_a_file_is_refused_before_it_is_read()
    {
        var cut = Render<AvatarEditor>(p => p.Add(e => e.DisplayName, "Chen Xiao"));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[AvatarImages.Profile.MaxBytes + 1], "big.png", contentType: "image/png"));

        cut.WaitForAssertion(() => Assert.Equal("The picture is larger than 2 MB. Choose a smaller one.", cut.Find("[data-testid=avatar-error]").TextContent.Trim()));
        Assert.Null(await AvatarFileAsync());
    }

    private async Task<string?> AvatarFileAsync()
    {
        await using var read = db.CreateDbContext();
        return await read.Users.Where(u => u.Id == memberId).Select(u => u.AvatarFile).SingleAsync();
    }
}
