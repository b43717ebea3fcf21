using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Soak;

/// <summary>
/// Members who post through the real UI: each signs in once in their own Chromium context, then looks around (home,
/// notifications, events, a thread) and replies to a thread, or every fifth time starts one, waiting for their words to
/// appear on the page. The pause between posts respects the forum's cooldown (10 s), as a person's typing does.
/// </summary>
internal static class Posters
{
    private static readonly string[] Lines =
    [
        "Winter range this week: about 380 km on the highway at -5 °C with the heat pump on.",
        "冬季续航实测：零下五度高速约380公里，热泵一直开着，比去年好不少。",
        "The **charging map** in the app finally shows the new station at the service area.",
        "周末自驾去山里，路况很好，充电桩也够用，推荐大家走一走。",
        "Tyre pressure dropped 0.2 bar overnight in the cold; worth checking before long trips.",
    ];

    public static Task RunAsync(SoakBrowser browser, SoakTargets targets, SoakTally tally, CancellationToken stop) =>
        Task.WhenAll(targets.Posters.Select((email, i) => PostAsync(browser, targets, tally, email, new Random(100 + i), stop)));

    private static async Task PostAsync(SoakBrowser browser, SoakTargets targets, SoakTally tally, string email, Random random, CancellationToken stop)
    {
        var page = await browser.NewPageAsync(random);
        try
        {
            await page.SignInAsync(email, DemoAccounts.Password, "/");
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            tally.Failure(await SoakBrowser.FailureAsync(page, $"poster {email} signing in", e));
            return;
        }

        var context = page.Context;
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            // A new tab for each visit, as people open links: Playwright keeps every request a page made until the page
            // closes, and that would grow this process's heap, which the soak reads as the server's.
            await page.CloseAsync();
            page = await context.NewPageAsync();
            try
            {
                await page.OpenAsync(random.Next(3) switch { 0 => "/", 1 => "/notifications", _ => "/events" });
                await ThinkTime.PauseAsync(random, 1000, 3000, stop);
                // The closing tag is plain text, so it reads the same on the page whatever Markdown the line holds.
                var tag = $"({email[..email.IndexOf('@', StringComparison.Ordinal)]} #{n.ToString(CultureInfo.InvariantCulture)})";
                var text = $"{Lines[random.Next(Lines.Length)]} {tag}";
                if (n % 5 == 0)
                {
                    await StartThreadAsync(page, targets.NewThreadPages[random.Next(targets.NewThreadPages.Count)], $"Soak thread {tag}", text);
                    Interlocked.Increment(ref tally.Current.Threads);
                }
                else
                {
                    var timer = await ReplyAsync(page, targets.Threads[random.Next(targets.Threads.Count)], text, tag);
                    tally.Current.PostMilliseconds.Add(timer.Elapsed.TotalMilliseconds);
                    Interlocked.Increment(ref tally.Current.Posts);
                }
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                if (!stop.IsCancellationRequested)
                {
                    tally.Failure(await SoakBrowser.FailureAsync(page, $"poster {email}", e));
                }
            }

            await ThinkTime.PauseAsync(random, 11_000, 16_000, stop);
        }

        await context.CloseAsync();
    }

    /// <summary>Replies on the thread's first page; returns the time from the click to the reply on screen.</summary>
    private static async Task<Stopwatch> ReplyAsync(IPage page, string thread, string text, string tag)
    {
        await page.OpenAsync(thread);
        await page.GetByTestId("composer-text").FillAsync(text);
        var timer = Stopwatch.StartNew();
        await page.GetByTestId("submit-reply").ClickAsync();
        await page.Locator("[data-testid=post]").Filter(new() { HasText = tag }).WaitForAsync();
        timer.Stop();
        return timer;
    }

    private static async Task StartThreadAsync(IPage page, string newThreadPage, string title, string text)
    {
        await page.OpenAsync(newThreadPage);
        await page.GetByTestId("thread-title").FillAsync(title);
        await page.GetByTestId("composer-text").FillAsync(text);
        await page.GetByTestId("submit-thread").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/forums/t/", StringComparison.Ordinal));
    }
}
