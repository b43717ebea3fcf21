using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Soak;

/// <summary>The step every browser journey repeats.</summary>
internal static class PageSteps
{
    /// <summary>Opens <paramref name="path"/> and waits until its circuit is interactive, so clicks reach .NET handlers.</summary>
    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForCircuitAsync();
    }
}
