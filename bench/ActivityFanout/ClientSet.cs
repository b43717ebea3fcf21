using System.Diagnostics;
using Portal.Activity;

namespace ActivityFanout;

/// <summary><c>count</c> connected hub clients of one kind, recording every bench message they receive.</summary>
internal abstract class ClientSet(int count, int messages) : IAsyncDisposable
{
    public const string SignalRJson = "json";
    public const string SignalRMessagePack = "msgpack";
    public const string LeanJson = "lean";

    protected int Count => count;

    public LatencyRecorder Recorder { get; } = new(count * messages);

    public static ClientSet Create(string kind, int count, int messages) => kind switch
    {
        SignalRJson => new SignalRClientSet(count, messages, messagePack: false),
        SignalRMessagePack => new SignalRClientSet(count, messages, messagePack: true),
        LeanJson => new LeanClientSet(count, messages),
        _ => throw new ArgumentException($"Unknown client kind '{kind}' (json, msgpack or lean).", nameof(kind)),
    };

    /// <summary>For the table.</summary>
    public static string Describe(string kind) => kind switch
    {
        SignalRJson => "SignalR .NET client, JSON",
        SignalRMessagePack => "SignalR .NET client, MessagePack",
        _ => "lean WebSocket client, JSON",
    };

    /// <summary>Connects every client, 64 at a time; returns how long that took.</summary>
    public async Task<TimeSpan> ConnectAsync(Uri baseAddress)
    {
        var hub = new Uri(baseAddress, ActivityHub.Path);
        var started = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(64);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                await ConnectOneAsync(i, hub);
            }
            finally
            {
                gate.Release();
            }
        }));
        Connected();
        return started.Elapsed;
    }

    public abstract ValueTask DisposeAsync();

    /// <summary>Connects client <paramref name="index"/> to the hub's address and starts it listening.</summary>
    protected abstract Task ConnectOneAsync(int index, Uri hub);

    /// <summary>Called once every client is connected.</summary>
    protected virtual void Connected()
    {
    }
}
