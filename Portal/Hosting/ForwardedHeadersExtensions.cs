using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Portal.Hosting;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto from the configured proxies only (<see cref="ProxyOptions"/>), so the rate
/// limits see the real client address behind a proxy, and nobody else can pick the address they are counted under.
/// </summary>
internal static class ForwardedHeadersExtensions
{
    public static IServiceCollection AddPortalForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProxyOptions>()
            .Bind(configuration.GetSection(ProxyOptions.Section))
            .Validate(
                o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)) && o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)),
                "Portal:ForwardedHeaders: KnownProxies must be IP addresses (e.g. 10.0.0.5) and KnownNetworks CIDR ranges (e.g. 10.0.0.0/8).")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            // With both lists empty the middleware would believe anyone, so no proxy configured means no header read.
            forwarded.ForwardedHeaders = proxies.Value.KnownProxies.Count + proxies.Value.KnownNetworks.Count > 0
                ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                : ForwardedHeaders.None;
            // Walk back through the chain only while each hop is a known proxy.
            forwarded.ForwardLimit = null;
            // The defaults trust loopback; Portal trusts exactly what is configured.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so everything after it (errors, rate limits, cookies) sees the client's address and scheme.</summary>
    public static WebApplication UsePortalForwardedHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }
}
