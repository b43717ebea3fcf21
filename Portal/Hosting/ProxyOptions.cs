namespace Portal.Hosting;

/// <summary>
/// The <c>Portal:ForwardedHeaders</c> section: the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are
/// believed. None by default, so the headers are ignored and a client cannot choose its own address.
/// </summary>
internal sealed class ProxyOptions
{
    public const string Section = "Portal:ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];
}
