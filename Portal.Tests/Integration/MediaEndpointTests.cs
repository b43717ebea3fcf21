using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Articles;
using Portal.Domain.Events;
using Portal.Domain.Media;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>One <c>/media/{kind}/{file}</c> endpoint serves every registered image kind, and nothing else.</summary>
public sealed class MediaEndpointTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Theory]
    [InlineData(AvatarImages.Kind, "member1")]
    [InlineData(EventCoverImages.Kind, "42")]
    public async Task A_stored_image_is_served_anonymously_as_webp_at_its_kinds_address(string kind, string owner)
    {
        var store = app.Services.GetRequiredKeyedService<ImageStore>(kind);
        using var upload = new MemoryStream(TestImages.Png(320, 180));
        var stored = await store.SaveAsync(owner, upload, CancellationToken.None);
        Assert.True(stored.Succeeded);

        using var response = await app.CreateClient().GetAsync(store.Profile.Url(stored.Value!));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith($"/media/{kind}/", store.Profile.Url(stored.Value!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_width_of_an_article_cover_is_served()
    {
        var store = app.Services.GetRequiredKeyedService<ImageStore>(ArticleCoverImages.Kind);
        using var upload = new MemoryStream(TestImages.Png(320, 180));
        var name = (await store.SaveAsync("42", upload, CancellationToken.None)).Value!;
        using var client = app.CreateClient();

        foreach (var width in store.Profile.ExtraWidths)
        {
            using var response = await client.GetAsync(store.Profile.Url(ImageProfile.VariantName(name, width)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/webp", response.Content.Headers.ContentType!.MediaType);
        }

        using var unknownWidth = await client.GetAsync(store.Profile.Url(ImageProfile.VariantName(name, 123)));
        Assert.Equal(HttpStatusCode.NotFound, unknownWidth.StatusCode);
    }

    [Theory]
    [InlineData("/media/avatars/missing-file.webp")]
    [InlineData("/media/avatars/..%2Fportal.db")]
    [InlineData("/media/articles/event-1-0123456789abcdef0123456789abcdef.webp")]
    public async Task Unknown_names_and_kinds_are_not_found(string path)
    {
        using var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
