using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Puts a <see cref="WebApplicationFactory{TEntryPoint}"/> app on real sockets, for the browser and SignalR tests and
/// the fan-out bench (which compiles this same file; see bench/ActivityFanout/ActivityFanout.csproj).
/// </summary>
public static class KestrelStart
{
    /// <summary>
    /// Starts Kestrel on 127.0.0.1 and a free port and returns the base address. The port is chosen before the app is
    /// built, so <paramref name="beforeStart"/> can tell the app its own address (its public base URL for QR codes, feeds
    /// and email links). Clients get the IPv4 loopback, so no name lookup or IPv6 fallback sits between them and the server.
    /// </summary>
    public static Uri StartOnLoopback<TEntryPoint>(this WebApplicationFactory<TEntryPoint> factory, Action<Uri>? beforeStart = null)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        var port = FreeLoopbackPort();
        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        beforeStart?.Invoke(address);
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        return address;
    }

    /// <summary>A port nothing listens on right now (for a server this suite starts itself).</summary>
    public static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
