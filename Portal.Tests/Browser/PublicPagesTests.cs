using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

public sealed class PublicPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    public static TheoryData<string, int, string> Pages => new()
    {
        { "/", 1280, "light" },
        { "/", 375, "dark" },
        { "/events", 375, "light" },
        { "/articles", 1280, "dark" },
        { "/articles", 375, "light" },
        { "/Account/Login", 375, "dark" },
        { "/no/such/page", 1280, "dark" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_is_accessible_and_fits_the_screen(string path, int width, string theme)
    {
        var page = await browser.NewPageAsync(width, 800);
        await page.Context.AddCookiesAsync([new Cookie { Name = "portal.theme", Value = theme, Url = browser.BaseAddress.ToString() }]);

        await page.WithScreenshotOnFailureAsync($"public-{path.Trim('/').Replace('/', '-')}-{width}-{theme}", async () =>
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at {width}px.");
        });
    }

    [Fact]
    public async Task Member_profile_shows_the_verified_badge()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForCircuitAsync();
        var verified = page.Locator(".portal-member", new() { Has = page.GetByTestId("verified-badge") }).First;
        var name = await verified.Locator(".portal-member__name").InnerTextAsync();

        await verified.Locator(".portal-member__name").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("verified-badge")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }
}
