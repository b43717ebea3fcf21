namespace ActivityFanout;

/// <summary>The clients in the bench's own process, beside the server: their work competes with it inside one runtime.</summary>
internal sealed class InProcessFleet : IClientFleet
{
    private readonly ClientSet clients;

    private InProcessFleet(ClientSet clients, TimeSpan connectTime)
    {
        this.clients = clients;
        ConnectTime = connectTime;
    }

    public string Where => "same process";

    public TimeSpan ConnectTime { get; }

    public static async Task<InProcessFleet> ConnectAsync(Uri baseAddress, string kind, int count, int messages)
    {
        var clients = ClientSet.Create(kind, count, messages);
        return new InProcessFleet(clients, await clients.ConnectAsync(baseAddress));
    }

    public async Task<(double[] Latencies, int Missing)> CollectAsync(TimeSpan timeout)
    {
        var latencies = await clients.Recorder.CollectAsync(timeout);
        return (latencies, clients.Recorder.Expected - latencies.Length);
    }

    public ValueTask DisposeAsync() => clients.DisposeAsync();
}
