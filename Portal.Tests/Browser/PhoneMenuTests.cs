using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// On a phone, the server-rendered account pages (no circuit, so no MudDrawer) still have a working menu, and the
/// desktop top navigation appears on them at full width.
/// </summary>
public sealed class PhoneMenuTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task Phone_menu_on_the_sign_in_page_opens_and_leads_to_the_forums()
    {
        var page = await browser.NewPageAsync(375, 800);

        await page.WithScreenshotOnFailureAsync("phone-menu-login-375", async () =>
        {
            await page.GotoAsync("/Account/Login");
            var menu = page.GetByTestId("phone-menu");
            var forums = menu.GetByRole(AriaRole.Link, new() { Name = "Forums" });
            await Assertions.Expect(forums).ToBeHiddenAsync();

            var toggle = menu.Locator("summary");
            await Assertions.Expect(toggle).ToHaveAccessibleNameAsync("Menu");

            await toggle.ClickAsync();

            await Assertions.Expect(forums).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            await forums.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, "/forums").ToString());
        });
    }

    [Fact]
    public async Task Sign_in_page_at_desktop_width_shows_the_top_navigation_and_no_phone_menu()
    {
        var page = await browser.NewPageAsync(1280, 800);

        await page.WithScreenshotOnFailureAsync("phone-menu-login-1280", async () =>
        {
            await page.GotoAsync("/Account/Login");

            var topNav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });
            await Assertions.Expect(topNav.GetByRole(AriaRole.Link, new() { Name = "Forums" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("phone-menu")).ToBeHiddenAsync();
        });
    }
}
