using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Data;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>The forum pages against the seeded demo community, prerendered by the real app.</summary>
public sealed class ForumPagesTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task The_board_list_shows_every_club_and_topic_board_with_counts()
    {
        var html = await factory.CreateClient().GetStringAsync("/forums");

        Assert.Contains("Vela Club", html, StringComparison.Ordinal);
        Assert.Contains("Feedback to the brand", html, StringComparison.Ordinal);
        Assert.Equal(13, CountOf(html, "data-testid=\"board\""));
    }

    [Fact]
    public async Task In_chinese_the_boards_have_their_chinese_names()
    {
        var html = await factory.CreateClient().GetStringAsync("/forums?culture=zh-CN");

        Assert.Contains("充电与续航", html, StringComparison.Ordinal);
        Assert.Contains("车型俱乐部", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_thread_pages_by_twenty_and_page_ten_starts_at_post_181()
    {
        var (id, slug) = await LongThreadAsync();

        var html = await factory.CreateClient().GetStringAsync($"/forums/t/{id}/{slug}?page=10");

        Assert.Equal(20, CountOf(html, "data-testid=\"post\""));
        Assert.Contains("id=\"post-181\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"post-200\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/forums/no-such-board")]
    [InlineData("/forums/t/999999/nothing")]
    public async Task Unknown_boards_and_threads_are_404(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Starting_a_thread_needs_a_signed_in_member()
    {
        using var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/forums/road-trips/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thread_list_sorts_and_tag_filters_are_links_that_work_without_a_circuit()
    {
        var html = await factory.CreateClient().GetStringAsync("/forums/vela-club?sort=unanswered");
        var tagged = await factory.CreateClient().GetStringAsync("/forums/vela-club?tag=" + Uri.EscapeDataString("求助"));

        Assert.Contains("aria-current=\"page\"", html, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(tagged, "data-testid=\"thread-row\""));
        Assert.Contains("异响", tagged, StringComparison.Ordinal);
    }

    private async Task<(long Id, string Slug)> LongThreadAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var thread = await db.Threads.OrderByDescending(t => t.PostCount).FirstAsync();
        Assert.True(thread.PostCount >= 300);
        return (thread.Id, thread.Slug);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
