using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// Every browser test runs under the production Content-Security-Policy and fails on a violation
/// (<see cref="BrowserFixture.CloseTestPagesAsync"/>); this shows the check sees one.
/// </summary>
public sealed class ContentSecurityPolicyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task An_injected_inline_script_is_refused_and_the_suite_sees_the_violation()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForCircuitAsync();

        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.portalInjected = true'; document.body.appendChild(s); }");

        var seen = new List<string>();
        await Eventually.TrueAsync(() => { seen.AddRange(browser.TakeCspViolations()); return seen.Count > 0; }, "the refused inline script reported as a CSP violation");
        Assert.Contains(seen, v => v.Contains("script-src", StringComparison.Ordinal) && v.Contains("inline", StringComparison.Ordinal));
        Assert.False(await page.EvaluateAsync<bool>("() => window.portalInjected === true"));
    }
}
