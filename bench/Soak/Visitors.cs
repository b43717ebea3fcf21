using System.Diagnostics;
using System.Net;

namespace Soak;

/// <summary>
/// Visitors who only read: each one a loop of GETs over the community's pages (server-rendered, as a first visit or a
/// search engine sees them) with a browser's user agent, so every view is counted as engagement, and a short pause
/// between pages. Any status other than 200 (or a redirect) is a failure; 500 and above a server error.
/// </summary>
internal static class Visitors
{
    private const string BrowserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

    public static Task RunAsync(Uri baseAddress, SoakTargets targets, SoakTally tally, int visitors, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, visitors).Select(i => VisitAsync(baseAddress, targets, tally, new Random(i), stop)));

    private static async Task VisitAsync(Uri baseAddress, SoakTargets targets, SoakTally tally, Random random, CancellationToken stop)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd(BrowserAgent);
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(random.Next(2) == 0 ? "zh-CN" : "en-US");
        while (!stop.IsCancellationRequested)
        {
            var path = targets.Pages[random.Next(targets.Pages.Count)];
            var timer = Stopwatch.StartNew();
            try
            {
                using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead, stop);
                var status = (int)response.StatusCode;
                tally.Current.PageMilliseconds.Add(timer.Elapsed.TotalMilliseconds);
                Interlocked.Increment(ref tally.Current.PageViews);
                if (status >= 500)
                {
                    tally.ServerError(path, status);
                }
                else if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Found or HttpStatusCode.MovedPermanently))
                {
                    tally.Failure($"{status} {path}");
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                tally.Failure($"{path}: {e.GetType().Name} {e.Message}");
            }

            await ThinkTime.PauseAsync(random, 300, 1500, stop);
        }
    }
}
