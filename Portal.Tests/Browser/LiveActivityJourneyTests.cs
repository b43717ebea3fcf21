using Microsoft.Playwright;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

public sealed class LiveActivityJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task Owner_b_sees_owner_as_reply_arrive_without_reloading_and_the_bell_rings_for_the_mention()
    {
        var thread = await browser.App.OpenThreadAsync(skip: 3, maxPosts: 15);
        var threadUrl = $"/forums/t/{thread.Id}/{thread.Slug}";
        var writerEmail = await browser.App.PlainOwnerEmailAsync(skip: 1); // a different owner from other journeys, so posting cool-downs never meet
        var readerId = await browser.App.IdOfAsync(DemoAccounts.OwnerEmail);
        var reader = await browser.NewPageAsync();
        var writer = await browser.NewPageAsync(width: 375, height: 800);

        await reader.WithScreenshotOnFailureAsync(nameof(Owner_b_sees_owner_as_reply_arrive_without_reloading_and_the_bell_rings_for_the_mention), async () =>
        {
            await reader.SignInAsync(DemoAccounts.OwnerEmail, DemoAccounts.Password, threadUrl);
            await reader.WaitForCircuitAsync();
            var before = await UnreadAsync(reader);

            await writer.SignInAsync(writerEmail, DemoAccounts.Password, threadUrl);
            await writer.WaitForCircuitAsync();
            await writer.GetByTestId("composer-text").FillAsync($"Same here, [@陈晓 Chen Xiao](/members/{readerId}): the heat pump update fixed my winter range.");
            await Assertions.Expect(reader.GetByTestId("typing")).ToContainTextAsync("is replying…");
            await writer.GetByTestId("submit-reply").ClickAsync();

            await Assertions.Expect(reader.GetByTestId("new-replies")).ToContainTextAsync("1 new reply");
            await Assertions.Expect(reader.GetByTestId("bell-count")).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await reader.AssertAccessibleAsync();
            await reader.GetByTestId("show-new-replies").ClickAsync();
            await Assertions.Expect(reader.GetByText("the heat pump update fixed my winter range")).ToBeVisibleAsync();
            await Assertions.Expect(reader.GetByTestId("new-replies")).ToHaveCountAsync(0);
        });
    }

    private static async Task<int> UnreadAsync(IPage page) =>
        await page.GetByTestId("bell-count").CountAsync() == 0 ? 0 : int.Parse(await page.GetByTestId("bell-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
}
