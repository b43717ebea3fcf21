using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Portal.Activity;

namespace ActivityFanout;

/// <summary>The SignalR .NET client (<see cref="HubConnection"/> on WebSockets), as the brand's .NET apps would use.</summary>
internal sealed class SignalRClientSet(int count, int messages, bool messagePack) : ClientSet(count, messages)
{
    private readonly HubConnection[] connections = new HubConnection[count];

    public override async Task<TimeSpan> ConnectAsync(Uri baseAddress)
    {
        var started = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(64);
        await Task.WhenAll(Enumerable.Range(0, Count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var builder = new HubConnectionBuilder().WithUrl(new Uri(baseAddress, ActivityHub.Path), o =>
                {
                    o.Transports = HttpTransportType.WebSockets;
                    o.SkipNegotiation = true;
                });
                var connection = (messagePack ? builder.AddMessagePackProtocol() : builder).Build();
                connection.On<ActivityMessage>(nameof(IActivityClient.Activity), message =>
                {
                    if (message.Data?.TryGetValue(LatencyRecorder.SentAt, out var sent) == true)
                    {
                        Recorder.Record(sent);
                    }
                });
                await connection.StartAsync();
                connections[i] = connection;
            }
            finally
            {
                gate.Release();
            }
        }));
        return started.Elapsed;
    }

    public override async ValueTask DisposeAsync() =>
        await Task.WhenAll(connections.Where(c => c is not null).Select(c => c.DisposeAsync().AsTask()));
}
