using Microsoft.Playwright;

namespace Portal.Tests.Infrastructure;

/// <summary>Blazor's interactive takeover, seen from the browser (also compiled into bench/Soak).</summary>
public static class PageCircuit
{
    /// <summary>Waits until the interactive circuit is up, so clicks reach .NET event handlers.</summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.Locator("#portal-ready[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
}
