using Microsoft.Playwright;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A real Portal on Kestrel (random loopback port) and a headless Debian Chromium for one browser test class
/// (<c>IClassFixture</c>): each class has its own app on its own copy of the demo community, so the classes run in
/// parallel with each other and the rest of the suite, and one class's posts, sign-ups and cool-downs never meet
/// another's. The browser is Debian's headless shell (<see cref="DebianChromium"/>), which halves the browser tests'
/// time on two cores compared with the full browser.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    /// <summary>Records every Content-Security-Policy violation a page meets (before any of the page's own scripts run) and reports it to the test.</summary>
    private const string CspListener = """
        document.addEventListener('securitypolicyviolation', e =>
          window.__portalCspViolation(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`));
        """;

    private readonly List<IBrowserContext> contexts = [];
    private readonly List<string> cspViolations = [];
    private IPlaywright? playwright;

    public BrowserFixture()
        : this(new PortalAppFactory())
    {
    }

    /// <summary>For a fixture whose app is built differently (see <see cref="ClockedBrowserFixture"/>).</summary>
    protected BrowserFixture(PortalAppFactory app) => App = app;

    public PortalAppFactory App { get; }

    public Uri BaseAddress { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        BaseAddress = App.StartKestrel();
        // Expectations (Expect(...).ToHaveTextAsync and the like) wait as long as every other wait in the suite.
        Assertions.SetDefaultExpectTimeout((float)Eventually.Timeout.TotalMilliseconds);
        playwright = await Playwright.CreateAsync();
        Browser = await DebianChromium.LaunchAsync(playwright);
    }

    /// <summary>A fresh browser context (own cookies) at a given width.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
        });
        context.SetDefaultTimeout((float)Eventually.Timeout.TotalMilliseconds);
        await context.ExposeBindingAsync("__portalCspViolation", (BindingSource source, string violation) =>
        {
            lock (cspViolations)
            {
                cspViolations.Add($"{source.Page?.Url}: {violation}");
            }
        });
        await context.AddInitScriptAsync(CspListener);
        lock (contexts)
        {
            contexts.Add(context);
        }

        return await context.NewPageAsync();
    }

    /// <summary>The Content-Security-Policy violations the pages met since the last call (or since the test began), and forgets them.</summary>
    public IReadOnlyList<string> TakeCspViolations()
    {
        lock (cspViolations)
        {
            var seen = cspViolations.ToList();
            cspViolations.Clear();
            return seen;
        }
    }

    /// <summary>
    /// Closes the pages a test opened (each test class calls it when a test ends) and fails the test if any page met a
    /// Content-Security-Policy violation: the app runs under the production policy, so a violation is a bug in the app.
    /// An open page keeps its renderer process and its live circuit, which goes on re-rendering with every presence beat,
    /// so pages left open by earlier tests would take CPU from the later ones.
    /// </summary>
    public async ValueTask CloseTestPagesAsync()
    {
        List<IBrowserContext> open;
        lock (contexts)
        {
            open = [.. contexts];
            contexts.Clear();
        }

        foreach (var context in open)
        {
            await context.CloseAsync();
        }

        var violations = TakeCspViolations();
        Assert.True(violations.Count == 0, $"Content-Security-Policy violations:\n{string.Join("\n", violations)}");
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
