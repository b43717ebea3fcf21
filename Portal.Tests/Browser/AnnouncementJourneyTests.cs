using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// An operator builds a segment in the builder ("Nova owners", which holds the demo owner), watches its size, saves it and
/// sends it an announcement with no holdout; the owner, watching the home page, sees the bell rise, opens the message, and
/// the announcement's page shows it opened (one member: "fewer than 5", the privacy floor). axe-core on the list, the composer and the results.
/// </summary>
public sealed class AnnouncementJourneyTests(QuietHoursOffBrowserFixture browser) : IClassFixture<QuietHoursOffBrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task An_operator_sends_an_announcement_and_an_owner_in_the_segment_opens_it_from_the_bell()
    {
        var owner = await browser.NewPageAsync(width: 375, height: 800);
        var operatorPage = await browser.NewPageAsync();

        await operatorPage.WithScreenshotOnFailureAsync(nameof(An_operator_sends_an_announcement_and_an_owner_in_the_segment_opens_it_from_the_bell), async () =>
        {
            await owner.SignInAsync(DemoAccounts.OwnerEmail, DemoAccounts.Password, "/");
            await owner.WaitForCircuitAsync();
            var before = await BellAsync(owner);

            // The operator builds the segment first and sees its size.
            await operatorPage.SignInAsync(DemoAccounts.OperatorEmail, DemoAccounts.Password, "/console/segments/new");
            await operatorPage.WaitForCircuitAsync();
            var size = operatorPage.GetByTestId("segment-size-value");
            await Assertions.Expect(size).ToHaveTextAsync(new Regex(@"^\d{3} members$"));
            await operatorPage.GetByTestId("add-condition").ClickAsync();
            await operatorPage.GetByTestId("add-ownsModel").ClickAsync();
            await operatorPage.GetByTestId("condition-ownsModel").GetByTestId("field-model").ClickAsync();
            await operatorPage.Locator(".mud-popover-open").GetByRole(AriaRole.Option, new() { Name = "Aurelia Nova", Exact = true }).ClickAsync();
            await Assertions.Expect(size).ToHaveTextAsync(new Regex(@"^\d{2} members$"));
            await operatorPage.GetByLabel("Name").FillAsync("Nova owners");
            await operatorPage.GetByTestId("save-segment").ClickAsync();
            await Assertions.Expect(operatorPage).ToHaveURLAsync(new Regex(@"/console/segments/\d+$"));

            await operatorPage.GotoAsync("/console/announcements");
            await operatorPage.WaitForCircuitAsync();
            await Assertions.Expect(operatorPage.GetByTestId("announcement-list")).ToContainTextAsync("Winter charging clinic this Saturday");
            await operatorPage.AssertAccessibleAsync();

            await operatorPage.GetByTestId("new-announcement").ClickAsync();
            await operatorPage.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/console/announcements/new");
            await operatorPage.WaitForCircuitAsync();
            await operatorPage.GetByTestId("segment-select").ClickAsync();
            await operatorPage.Locator(".mud-popover-open").GetByRole(AriaRole.Option, new() { Name = "Nova owners", Exact = true }).ClickAsync();
            await Assertions.Expect(operatorPage.GetByTestId("reach-segment")).ToHaveTextAsync(new Regex(@"^\d+$"));
            await operatorPage.GetByTestId("holdout").FillAsync("0");
            await operatorPage.GetByTestId("title-English").FillAsync("Nova owners' evening at the Shanghai studio");
            await operatorPage.GetByTestId("body-English").FillAsync("Join us **next Friday** for a look at the new software update.");
            await operatorPage.GetByTestId("title-Chinese").FillAsync("Nova 车主上海体验店之夜");
            await operatorPage.GetByTestId("body-Chinese").FillAsync("下周五来体验店，**抢先了解**新的软件更新。");
            await operatorPage.GetByTestId("language-English").GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
            await Assertions.Expect(operatorPage.GetByTestId("preview-English").Locator("strong")).ToHaveTextAsync("next Friday");
            await operatorPage.AssertAccessibleAsync();

            await operatorPage.GetByTestId("send-now").ClickAsync();
            await operatorPage.WaitForURLAsync(new Regex(@"/console/announcements/\d+$"));
            await Assertions.Expect(operatorPage.GetByTestId("announcement-status")).ToHaveTextAsync("Sent");
            await Assertions.Expect(operatorPage.GetByTestId("result-opened")).ToHaveTextAsync("0");
            await operatorPage.AssertAccessibleAsync();

            // The owner's bell rises live, and the newest notification is the announcement in their language.
            await Assertions.Expect(owner.GetByTestId("bell-count")).ToHaveTextAsync((before + 1).ToString(CultureInfo.InvariantCulture));
            await owner.GotoAsync("/notifications");
            await owner.WaitForCircuitAsync();
            var newest = owner.GetByTestId("notification").First;
            await Assertions.Expect(newest).ToContainTextAsync("Nova owners' evening at the Shanghai studio");
            await newest.GetByRole(AriaRole.Link).First.ClickAsync();
            await owner.WaitForURLAsync(new Regex(@"/messages/\d+$"));
            await Assertions.Expect(owner.Locator("h1")).ToHaveTextAsync("Nova owners' evening at the Shanghai studio");
            await Assertions.Expect(owner.GetByTestId("member-message").Locator("strong")).ToHaveTextAsync("next Friday");
            await owner.AssertAccessibleAsync();

            // One member opened it: the results say so without naming a group that small.
            await operatorPage.ReloadAsync();
            await operatorPage.WaitForCircuitAsync();
            await Assertions.Expect(operatorPage.GetByTestId("result-opened")).ToHaveTextAsync("fewer than 5");
        });
    }

    private static async Task<int> BellAsync(IPage page) =>
        await page.GetByTestId("bell-count").CountAsync() == 0 ? 0 : int.Parse(await page.GetByTestId("bell-count").InnerTextAsync(), CultureInfo.InvariantCulture);
}
