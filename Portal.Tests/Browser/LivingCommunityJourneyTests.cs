using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Domain.Data;
using Portal.Domain.Events;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// On a phone: the home page shows a living community (events, trending threads, the ticker); a past event says when it
/// took place and how many came, with who came and its discussion; an attendee's profile lists the event. Axe-clean throughout.
/// </summary>
public sealed class LivingCommunityJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task A_visitor_on_a_phone_goes_from_home_to_a_past_event_and_on_to_someone_who_came()
    {
        var (eventUrl, title, attended) = await BusiestPastEventAsync();
        var page = await browser.NewPageAsync(width: 375, height: 800);

        await page.WithScreenshotOnFailureAsync(nameof(A_visitor_on_a_phone_goes_from_home_to_a_past_event_and_on_to_someone_who_came), async () =>
        {
            await page.GotoAsync("/");
            await page.WaitForCircuitAsync();
            await Assertions.Expect(page.GetByTestId("event-card").First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("trending-thread").First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("ticker-item").First).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            await AssertFitsAsync(page);

            await page.GotoAsync(eventUrl);
            await page.WaitForCircuitAsync();
            await Assertions.Expect(page.GetByTestId("past-summary")).ToContainTextAsync($"{attended} people attended.");
            await Assertions.Expect(page.GetByTestId("signup-panel")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Who came" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("discussion-reply").First).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            await AssertFitsAsync(page);

            var someone = page.GetByTestId("goer").GetByTestId("member-name").First.Locator(".portal-member__name");
            var name = await someone.InnerTextAsync();
            await someone.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("member-event").GetByText(title)).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("member-clubs")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("member-posts")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            await AssertFitsAsync(page);
        });
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls sideways by {overflow}px at 375px.");
    }

    /// <summary>The demo's past event with the most people checked in: its address, title and that number.</summary>
    private async Task<(string Url, string Title, int Attended)> BusiestPastEventAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var ev = await db.Events.Where(e => e.Status == EventStatus.Published && e.EndsAt < now)
            .Select(e => new
            {
                e.Id, e.Slug, e.Title,
                People = db.EventSignups.Where(s => s.EventId == e.Id && s.Status == SignupStatus.Confirmed && s.CheckedInAt != null).Sum(s => 1 + s.Guests),
            })
            .OrderByDescending(e => e.People).FirstAsync();
        return (EventUrls.Page(ev.Id, ev.Slug), ev.Title, ev.People);
    }
}
