using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Soak;

/// <summary>
/// Debian's Chromium under Playwright, for the people who post and sign up through the real UI (Blazor circuits,
/// MudBlazor dialogs). Every response a page receives is checked: 500 and above counts as a server error.
/// </summary>
internal sealed class SoakBrowser : IAsyncDisposable
{
    /// <summary>A step in a journey (an element, a navigation) gets this long on a machine that also runs the server.</summary>
    public const float StepTimeoutMs = 60_000;

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly Uri baseAddress;
    private readonly SoakTally tally;

    private SoakBrowser(IPlaywright playwright, IBrowser browser, Uri baseAddress, SoakTally tally)
    {
        this.playwright = playwright;
        this.browser = browser;
        this.baseAddress = baseAddress;
        this.tally = tally;
    }

    public static async Task<SoakBrowser> LaunchAsync(Uri baseAddress, SoakTally tally)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await DebianChromium.LaunchAsync(playwright);
        return new SoakBrowser(playwright, browser, baseAddress, tally);
    }

    /// <summary>A fresh context (own cookies, a phone or a desktop, English or Chinese) with one page.</summary>
    public async Task<IPage> NewPageAsync(Random random)
    {
        var phone = random.Next(2) == 0;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = phone ? new ViewportSize { Width = 375, Height = 812 } : new ViewportSize { Width = 1280, Height = 900 },
            Locale = random.Next(2) == 0 ? "zh-CN" : "en-US",
        });
        context.SetDefaultTimeout(StepTimeoutMs);
        context.SetDefaultNavigationTimeout(StepTimeoutMs);
        context.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                tally.ServerError(new Uri(response.Url).PathAndQuery, response.Status);
            }
        };
        return await context.NewPageAsync();
    }

    /// <summary>A failed journey step in one line: who, what went wrong, where, and the screenshot of the page then.</summary>
    public static async Task<string> FailureAsync(IPage page, string who, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(exception);
        return $"{who}: {exception.GetType().Name} {exception.Message.Split('\n')[0]} at {page.Url}; {await ScreenshotAsync(page)}";
    }

    /// <summary>What a failed journey's page looked like, saved under the temp folder; returns where (or why not).</summary>
    private static async Task<string> ScreenshotAsync(IPage page)
    {
        var file = Path.Combine(Path.GetTempPath(), "portal-soak-failures", $"{DateTimeOffset.UtcNow:HHmmss}-{Guid.NewGuid().ToString("N")[..8]}.png");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Timeout = 10_000 });
            return file;
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return $"no screenshot ({e.GetType().Name})";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
