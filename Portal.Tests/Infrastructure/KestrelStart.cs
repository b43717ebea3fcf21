using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Puts a <see cref="WebApplicationFactory{TEntryPoint}"/> app on real sockets, for the browser and SignalR tests and
/// the fan-out bench (which compiles this same file; see bench/ActivityFanout/ActivityFanout.csproj).
/// </summary>
public static class KestrelStart
{
    /// <summary>
    /// Starts Kestrel on a random port and returns the base address on 127.0.0.1. Kestrel reports the address it
    /// bound as <c>[::]</c> or <c>localhost</c>; clients are given the IPv4 loopback so no name lookup or IPv6 fallback
    /// sits between them and the server.
    /// </summary>
    public static Uri StartOnLoopback<TEntryPoint>(this WebApplicationFactory<TEntryPoint> factory)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }
}
