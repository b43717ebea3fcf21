using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Portal.Activity;

namespace Soak;

/// <summary>
/// Live clients on the activity hub (the SignalR .NET client on WebSockets, as a kiosk screen or the brand's app would
/// connect): a tenth stay connected throughout, the rest come and go, staying 20 s to 2 min each time, as phones do.
/// Every activity they receive is counted.
/// </summary>
internal static class LiveClients
{
    public static Task RunAsync(Uri baseAddress, SoakTally tally, int clients, CancellationToken stop)
    {
        var hub = new Uri(baseAddress, ActivityHub.Path);
        return Task.WhenAll(Enumerable.Range(0, clients).Select(i => LiveAsync(hub, tally, staying: i < clients / 10, new Random(300 + i), stop)));
    }

    private static async Task LiveAsync(Uri hub, SoakTally tally, bool staying, Random random, CancellationToken stop)
    {
        // Spread the first connections over ten seconds, as a crowd arrives.
        await ThinkTime.PauseAsync(random, 0, 10_000, stop);
        while (!stop.IsCancellationRequested)
        {
            await using var connection = new HubConnectionBuilder()
                .WithUrl(hub, o =>
                {
                    o.Transports = HttpTransportType.WebSockets;
                    o.SkipNegotiation = true;
                })
                .Build();
            connection.On<ActivityMessage>(nameof(IActivityClient.Activity), _ => Interlocked.Increment(ref tally.Current.LiveMessages));
            try
            {
                await connection.StartAsync(stop);
                Interlocked.Increment(ref tally.Current.LiveConnects);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or System.Net.WebSockets.WebSocketException or InvalidOperationException)
            {
                tally.Failure($"live client: {e.GetType().Name} {e.Message}");
            }

            // A staying client leaves when the soak ends; the others after a while, and come back a few seconds later.
            await ThinkTime.PauseAsync(random, staying ? int.MaxValue - 1 : 20_000, staying ? int.MaxValue : 120_000, stop);
            await connection.StopAsync(CancellationToken.None);
            await ThinkTime.PauseAsync(random, 1_000, 5_000, stop);
        }
    }
}
