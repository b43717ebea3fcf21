using System.Net.WebSockets;
using System.Text.Json;
using Portal.Activity;

namespace ActivityFanout;

/// <summary>
/// The smallest client that speaks the hub's JSON protocol, as a kiosk screen or a phone's WebSocket would: one
/// <see cref="ClientWebSocket"/> and one receive loop each, records split on the 0x1E separator and read with
/// <see cref="Utf8JsonReader"/>, a keep-alive ping every 10 s. No hub proxy, pipes or per-connection timers, so on a
/// shared machine the load generator takes less of the cores the server is being measured on.
/// </summary>
internal sealed class LeanClientSet(int count, int messages) : ClientSet(count, messages)
{
    private const byte RecordSeparator = 0x1E;
    private static readonly byte[] Handshake = "{\"protocol\":\"json\",\"version\":1}\u001e"u8.ToArray();
    private static readonly byte[] Ping = "{\"type\":6}\u001e"u8.ToArray();
    private static readonly TimeSpan PingCycle = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket[] sockets = new ClientWebSocket[count];
    private readonly List<Task> loops = new(count);
    private readonly CancellationTokenSource stopping = new();

    protected override async Task ConnectOneAsync(int index, Uri hub)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero; // the hub protocol's own pings keep the connection
        await socket.ConnectAsync(new UriBuilder(hub) { Scheme = "ws" }.Uri, stopping.Token);
        await socket.SendAsync(Handshake, WebSocketMessageType.Text, endOfMessage: true, stopping.Token);
        sockets[index] = socket;
        lock (loops)
        {
            loops.Add(Task.Run(() => ReceiveAsync(socket)));
        }
    }

    protected override void Connected() => loops.Add(Task.Run(PingAsync));

    public override async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        foreach (var socket in sockets.Where(s => s is not null))
        {
            socket.Abort();
            socket.Dispose();
        }

        await Task.WhenAll(loops);
        stopping.Dispose();
    }

    /// <summary>Reads records until the socket ends; the handshake reply (<c>{}</c>) and pings simply carry no sent time.</summary>
    private async Task ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[8 * 1024];
        var filled = 0;
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(filled), stopping.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                filled += result.Count;
                var start = 0;
                int end;
                while ((end = Array.IndexOf(buffer, RecordSeparator, start, filled - start)) >= 0)
                {
                    Read(buffer.AsSpan(start, end - start));
                    start = end + 1;
                }

                buffer.AsSpan(start, filled - start).CopyTo(buffer);
                filled -= start;
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2); // one record longer than the buffer
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // the bench is over, or the server went away: either way this client is done
        }
    }

    private void Read(ReadOnlySpan<byte> record)
    {
        var reader = new Utf8JsonReader(record);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(LatencyRecorder.SentAt) && reader.Read())
            {
                Recorder.Record(reader.GetString()!);
                return;
            }
        }
    }

    /// <summary>Pings every client once per cycle, a slice every 100 ms, so the pings never arrive at the server as one burst.</summary>
    private async Task PingAsync()
    {
        var slices = (int)(PingCycle / TimeSpan.FromMilliseconds(100));
        var perSlice = (Count + slices - 1) / slices;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            for (var next = 0; await timer.WaitForNextTickAsync(stopping.Token); next = (next + perSlice) % Count)
            {
                foreach (var socket in sockets.Skip(next).Take(perSlice))
                {
                    await socket.SendAsync(Ping, WebSocketMessageType.Text, endOfMessage: true, stopping.Token);
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // disposed
        }
    }
}
