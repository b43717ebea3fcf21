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
    public abstract Task<TimeSpan> ConnectAsync(Uri baseAddress);

    public abstract ValueTask DisposeAsync();
}
