using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Portal.Domain.Forums.Images;
using Portal.Forums.Photos;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Forums.Photos;

/// <summary>A post's photos as a grid with responsive sources, each opening full screen with previous and next.</summary>
public sealed class PhotoGalleryTests : PortalComponentTest
{
    private static readonly PostImageView[] Photos =
    [
        new(1, 5, "/media/post-images/photo-a.webp", "/media/post-images/photo-a-480w.webp 480w, /media/post-images/photo-a.webp 1600w", 1600, 900, "Sunset at the pier"),
        new(2, 5, "/media/post-images/photo-b.webp", "/media/post-images/photo-b-480w.webp 480w, /media/post-images/photo-b.webp 1600w", 1200, 1600, ""),
    ];

    protected override Task InitializeTestAsync()
    {
        UseViewerPreferences();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Task.CompletedTask;
    }

    [Fact]
    public void The_grid_shows_each_photo_with_srcset_size_and_alt_text()
    {
        var cut = Render<PhotoGallery>(p => p.Add(g => g.Photos, Photos));

        var images = cut.FindAll("[data-testid=gallery] img");
        Assert.Equal(2, images.Count);
        Assert.Equal(Photos[0].SrcSet, images[0].GetAttribute("srcset"));
        Assert.Equal(("1600", "900"), (images[0].GetAttribute("width"), images[0].GetAttribute("height")));
        Assert.Equal(["Sunset at the pier", "Photo 2"], images.Select(i => i.GetAttribute("alt")));
        Assert.Equal("Open photo 2 of 2 full screen", cut.FindAll("[data-testid=gallery-photo]")[1].GetAttribute("aria-label"));
    }

    [Fact]
    public void No_photos_render_nothing()
    {
        var cut = Render<PhotoGallery>(p => p.Add(g => g.Photos, []));

        Assert.Empty(cut.FindAll("[data-testid=gallery]"));
    }

    [Fact]
    public async Task A_photo_opens_full_screen_and_next_and_previous_go_round()
    {
        var provider = Render<MudDialogProvider>();
        var cut = Render<PhotoGallery>(p => p.Add(g => g.Photos, Photos));

        await cut.InvokeAsync(() => cut.FindAll("[data-testid=gallery-photo]")[1].Click());

        provider.WaitForAssertion(() => Assert.Equal("2 of 2", provider.Find("[data-testid=photo-counter]").TextContent));
        Assert.NotNull(provider.Find(".mud-dialog-fullscreen"));
        Assert.Equal(Photos[1].Url, provider.Find("[data-testid=photo-full]").GetAttribute("src"));
        await provider.InvokeAsync(() => provider.Find("[data-testid=photo-next]").Click());
        Assert.Equal("1 of 2", provider.Find("[data-testid=photo-counter]").TextContent);
        Assert.Equal("Sunset at the pier", provider.Find("[data-testid=photo-alt]").TextContent);
        await provider.InvokeAsync(() => provider.Find("[data-testid=photo-viewer]").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "ArrowLeft" }));
        Assert.Equal("2 of 2", provider.Find("[data-testid=photo-counter]").TextContent);
    }
}
