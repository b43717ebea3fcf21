using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.Tests.Infrastructure;

public static class PageChecks
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>axe-core against WCAG 2.2 AA: no serious or critical violation on the page as it is now.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        // Interactive pages re-render <title> through HeadOutlet when the circuit starts; check once it has settled.
        await page.WaitForFunctionAsync("() => ['true', 'static'].includes(document.getElementById('portal-ready')?.dataset.interactive) && document.title.length > 0");
        // A colour mid-transition (a toggle button changing variant after an interactive navigation) is not the colour
        // the page settles on; measure contrast once every CSS transition has finished.
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => !(a instanceof CSSTransition) || a.playState !== 'running')");
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(serious.Count == 0, $"Accessibility violations on {page.Url}:\n{string.Join("\n", serious)}");
    }

    /// <summary>Runs a browser scenario; on failure saves a full-page screenshot under TestResults/screenshots.</summary>
    public static async Task WithScreenshotOnFailureAsync(this IPage page, string name, Func<Task> scenario)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(scenario);
        try
        {
            await scenario();
        }
        catch
        {
            Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}.png"), FullPage = true });
            throw;
        }
    }

    /// <summary>A snackbar fades in; axe measures contrast mid-fade as failing, so wait until every one has reached its resting opacity (MudBlazor's 0.95).</summary>
    public static async Task SnackbarsSettledAsync(this IPage page) =>
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.mud-snackbar')].every(e => parseFloat(getComputedStyle(e).opacity) >= 0.95)");
}
