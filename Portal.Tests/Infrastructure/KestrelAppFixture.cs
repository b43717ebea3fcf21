using Microsoft.Extensions.DependencyInjection;
using Portal.Activity;
using Portal.Domain.Activity;

namespace Portal.Tests.Infrastructure;

/// <summary>A Portal on Kestrel (random loopback port) for tests that need real sockets, such as the SignalR client.</summary>
public sealed class KestrelAppFixture : IAsyncLifetime
{
    private const string SentinelKey = "testSentinel";

    public PortalAppFactory App { get; } = new();

    public Uri BaseAddress { get; private set; } = default!;

    public Task InitializeAsync()
    {
        BaseAddress = App.StartKestrel();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Waits until everything published on the bus so far has reached <paramref name="clients"/>, for checks that
    /// something did NOT arrive. A presence beat (every connection is in <c>community</c>) with a marker goes through
    /// the same path as everything else: the relay takes the bus's activities one at a time in publish order and each
    /// connection gets its messages in the order they were sent, so once a client has the marker, it has all before it.
    /// </summary>
    public async Task SettleAsync(params HubClient[] clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var marker = Guid.NewGuid().ToString("N");
        var presence = App.Services.GetRequiredService<PresenceTracker>();
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [LiveBroadcaster.MembersOnline] = presence.MembersOnline.Invariant(),
            [LiveBroadcaster.VisitorsOnline] = presence.VisitorsOnline.Invariant(),
            [SentinelKey] = marker,
        };
        var beat = new ActivityEvent(ActivityKinds.Presence, null, null, new ActivityTarget(ActivityTarget.Community, ActivityTarget.Community), ActivityAudience.Everyone, DateTimeOffset.UtcNow, data);
        await App.Services.GetRequiredService<IActivityBus>().PublishAsync(beat);
        foreach (var client in clients)
        {
            await client.WaitForAsync(m => m.Data?.GetValueOrDefault(SentinelKey) == marker, "the sentinel presence beat published after everything before it");
        }
    }

    public Task DisposeAsync() => App.DisposeAsync().AsTask();
}
