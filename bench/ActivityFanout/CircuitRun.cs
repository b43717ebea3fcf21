using System.Diagnostics;
using Microsoft.Playwright;
using Portal.Domain.Activity;
using Portal.Tests.Infrastructure;

namespace ActivityFanout;

/// <summary>
/// Opens <c>pages</c> real Blazor circuits (Debian Chromium tabs on the home page, whose ticker, online count and bell
/// subscribe to the bus) and measures the server's managed heap per circuit and the bus subscriptions they hold.
/// </summary>
internal static class CircuitRun
{
    public static async Task<CircuitResult> RunAsync(Uri baseAddress, InMemoryActivityBus bus, int pages)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString() });
        var warmup = await context.NewPageAsync();
        await OpenAsync(warmup);
        await warmup.CloseAsync();
        await Task.Delay(500);

        var subscribersBefore = bus.SubscriberCount;
        var heapBefore = Heap();
        var opened = Stopwatch.StartNew();
        for (var i = 0; i < pages; i++)
        {
            await OpenAsync(await context.NewPageAsync());
        }

        var openSeconds = opened.Elapsed.TotalSeconds;
        var heapAfter = Heap();
        var perCircuit = (heapAfter - heapBefore) / pages;
        return new CircuitResult(pages, (bus.SubscriberCount - subscribersBefore) / (double)pages, Math.Round(perCircuit / 1024.0, 1), openSeconds);
    }

    private static async Task OpenAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.Locator("#portal-ready[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await page.GetByTestId("activity-ticker").WaitForAsync();
    }

    private static long Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
