using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Portal.Activity;

namespace ActivityFanout;

/// <summary>The SignalR .NET client (<see cref="HubConnection"/> on WebSockets), as the brand's .NET apps would use.</summary>
internal sealed class SignalRClientSet(int count, int messages, bool messagePack) : ClientSet(count, messages)
{
    private readonly HubConnection[] connections = new HubConnection[count];

    protected override async Task ConnectOneAsync(int index, Uri hub)
    {
        var builder = new HubConnectionBuilder().WithUrl(hub, o =>
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
        connections[index] = connection;
    }

    public override async ValueTask DisposeAsync() =>
        await Task.WhenAll(connections.Where(c => c is not null).Select(c => c.DisposeAsync().AsTask()));
}
