namespace Portal.Tests.Infrastructure;

/// <summary>A Portal on Kestrel (random loopback port) for tests that need real sockets, such as the SignalR client.</summary>
public sealed class KestrelAppFixture : IAsyncLifetime
{
    public PortalAppFactory App { get; } = new();

    public Uri BaseAddress { get; private set; } = default!;

    public Task InitializeAsync()
    {
        BaseAddress = App.StartKestrel();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => App.DisposeAsync().AsTask();
}
