using Microsoft.Playwright;

namespace Portal.Tests.Infrastructure;

public static class BrowserSignIn
{
    /// <summary>Signs in through the real login form and lands on <paramref name="returnUrl"/>.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password, string returnUrl)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery.StartsWith(returnUrl, StringComparison.Ordinal));
    }
}
