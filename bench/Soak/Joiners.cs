using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Soak;

/// <summary>
/// New owners arriving: each journey is a fresh browser context that registers through the real form (landing back on
/// an event page), then signs up for that event in its dialog and waits to be confirmed or put on the waitlist.
/// </summary>
internal static partial class Joiners
{
    public static async Task RunAsync(SoakBrowser browser, SoakTargets targets, SoakTally tally, int joiners, CancellationToken stop)
    {
        if (targets.Events.Count == 0)
        {
            tally.Failure("no event open to everyone to sign up for");
            return;
        }

        await Task.WhenAll(Enumerable.Range(0, joiners).Select(i => JoinAsync(browser, targets, tally, i, new Random(200 + i), stop)));
    }

    private static async Task JoinAsync(SoakBrowser browser, SoakTargets targets, SoakTally tally, int joiner, Random random, CancellationToken stop)
    {
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            var page = await browser.NewPageAsync(random);
            var step = "register";
            try
            {
                var eventPage = targets.Events[random.Next(targets.Events.Count)];
                await RegisterAsync(page, $"soak-{joiner.ToString(CultureInfo.InvariantCulture)}-{n.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}"[..24], eventPage);
                Interlocked.Increment(ref tally.Current.Registrations);
                step = "sign up";
                await page.OpenAsync(eventPage);
                await ThinkTime.PauseAsync(random, 1000, 3000, stop);
                await page.GetByTestId("signup").ClickAsync();
                await page.GetByTestId("submit-signup").ClickAsync();
                await Assertions.Expect(page.GetByTestId("my-status")).ToHaveAttributeAsync("data-status", SignedUp(), new() { Timeout = SoakBrowser.StepTimeoutMs });
                Interlocked.Increment(ref tally.Current.EventSignups);
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                if (!stop.IsCancellationRequested)
                {
                    tally.Failure(await SoakBrowser.FailureAsync(page, $"joiner {step}", e));
                }
            }
            finally
            {
                await page.Context.CloseAsync();
            }

            await ThinkTime.PauseAsync(random, 8_000, 14_000, stop);
        }
    }

    private static async Task RegisterAsync(IPage page, string handle, string returnTo)
    {
        await page.GotoAsync($"/Account/Register?ReturnUrl={Uri.EscapeDataString(returnTo)}");
        var password = $"Pw-{Guid.NewGuid():N}";
        await page.FillAsync("#Input\\.DisplayName", $"Owner {handle[5..14]}");
        await page.FillAsync("#Input\\.Email", $"{handle}@soak.portal.test");
        await page.FillAsync("#Input\\.Password", password);
        await page.FillAsync("#Input\\.ConfirmPassword", password);
        await page.Locator("form:has(#Input\\.Email) button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == new Uri(new Uri("http://x"), returnTo).AbsolutePath);
    }

    [GeneratedRegex("^(confirmed|waitlisted)$")]
    private static partial Regex SignedUp();
}
