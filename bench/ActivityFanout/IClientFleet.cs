namespace ActivityFanout;

/// <summary>Connected hub clients, wherever they run: what a fan-out run needs from them.</summary>
internal interface IClientFleet : IAsyncDisposable
{
    /// <summary>Where the clients run, for the table.</summary>
    string Where { get; }

    /// <summary>How long connecting every client took.</summary>
    TimeSpan ConnectTime { get; }

    /// <summary>Waits for every client to have every message (or the timeout): the latencies seen, sorted, and how many are missing.</summary>
    Task<(double[] Latencies, int Missing)> CollectAsync(TimeSpan timeout);
}
