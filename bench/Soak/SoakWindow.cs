using System.Collections.Concurrent;

namespace Soak;

/// <summary>What the load did in one sampling window (a minute by default); the workers add to the current one.</summary>
internal sealed class SoakWindow
{
    public long PageViews;
    public long ServerErrors;
    public long OtherFailures;
    public long Posts;
    public long Threads;
    public long Registrations;
    public long EventSignups;
    public long LiveConnects;
    public long LiveMessages;

    public ConcurrentBag<double> PageMilliseconds { get; } = [];

    public ConcurrentBag<double> PostMilliseconds { get; } = [];
}
