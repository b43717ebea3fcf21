using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Data;
using Portal.Domain.Events;
using Portal.Domain.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>Ids come first in thread and event addresses, so an old or wrong slug (from before ADR 0004) still opens the page.</summary>
public sealed class SlugAddressTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task A_chinese_thread_has_a_pinyin_slug_and_opens_under_its_old_slug_too()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var threads = await db.Threads.Where(t => !t.IsHidden).OrderBy(t => t.Id).ToListAsync();
        var chinese = threads.First(t => t.Title.Any(c => c is >= '\u4e00' and <= '\u9fff') && !t.Title.Any(char.IsAsciiLetter));
        Assert.NotEqual("thread", chinese.Slug);
        Assert.Equal(ForumThread.SlugFor(chinese.Title), chinese.Slug);

        foreach (var slug in new[] { chinese.Slug, "thread", "anything-else" })
        {
            var response = await factory.CreateClient().GetAsync(ForumUrls.Thread(chinese.Id, slug));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(WebUtility.HtmlEncode(chinese.Title), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_event_opens_under_an_old_slug()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var ev = await db.Events.Where(e => e.Status == EventStatus.Published).OrderBy(e => e.Id).FirstAsync();

        var response = await factory.CreateClient().GetAsync(EventUrls.Page(ev.Id, "event"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(ev.Title), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
