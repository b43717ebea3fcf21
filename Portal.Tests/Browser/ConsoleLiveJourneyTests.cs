using System.Globalization;
using Microsoft.Playwright;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>The console's live header moves while an operator watches it: an owner replies in another browser.</summary>
public sealed class ConsoleLiveJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task An_operator_sees_the_posts_counter_rise_when_an_owner_replies_then_opens_the_members_list()
    {
        var thread = await browser.App.OpenThreadAsync(skip: 2, maxPosts: 15);
        var writerEmail = await browser.App.PlainOwnerEmailAsync(skip: 2);
        var console = await browser.NewPageAsync();
        var writer = await browser.NewPageAsync(width: 375, height: 800);

        await console.WithScreenshotOnFailureAsync(nameof(An_operator_sees_the_posts_counter_rise_when_an_owner_replies_then_opens_the_members_list), async () =>
        {
            await console.SignInAsync(DemoAccounts.OperatorEmail, DemoAccounts.Password, "/console");
            await console.WaitForCircuitAsync();
            var posts = console.GetByTestId("kpi-posts");
            var before = int.Parse(await posts.InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en"));

            await writer.SignInAsync(writerEmail, DemoAccounts.Password, $"/forums/t/{thread.Id}/{thread.Slug}");
            await writer.WaitForCircuitAsync();
            await writer.GetByTestId("composer-text").FillAsync("Counted on the console: the wall box install took two hours in the end.");
            await writer.GetByTestId("submit-reply").ClickAsync();
            await Assertions.Expect(writer.GetByText("the wall box install took two hours")).ToBeVisibleAsync();

            // The KPI beat refreshes the header every few seconds; no reload.
            await Assertions.Expect(posts).ToHaveTextAsync((before + 1).ToString("N0", CultureInfo.GetCultureInfo("en")), new() { Timeout = 30_000 });

            await console.GetByTestId("console-nav").GetByText("Members").ClickAsync();
            await console.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/console/members");
            await Assertions.Expect(console.Locator("h1")).ToBeVisibleAsync();
            await console.AssertAccessibleAsync();
        });
    }
}
