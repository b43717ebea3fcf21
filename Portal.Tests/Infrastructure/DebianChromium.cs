using Microsoft.Playwright;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// How the tests and the benches start a browser: Playwright never downloads one, it drives Debian's headless shell
/// (package chromium-headless-shell, which test.sh installs), the same engine without the full browser around it.
/// Compiled into bench/ActivityFanout and bench/Soak too.
/// </summary>
public static class DebianChromium
{
    public const string Path = "/usr/bin/chromium-headless-shell";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
