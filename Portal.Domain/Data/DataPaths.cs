using Microsoft.Extensions.Options;

namespace Portal.Domain.Data;

/// <summary>Resolves the data folder and what lives in it (database, uploads, email pickup).</summary>
public sealed class DataPaths(IOptions<PortalOptions> options, string contentRoot)
{
    public string Root { get; } = Path.GetFullPath(Path.Combine(contentRoot, options.Value.DataDirectory));

    public string Database => Path.Combine(Root, "portal.db");

    /// <summary>Uploaded images, one folder per kind (<see cref="Media.ImageStore.Folder"/>).</summary>
    public string Uploads => Path.Combine(Root, "uploads");

    public string MailPickup => Path.Combine(Root, "mail");

    public string ConnectionString => options.Value.ConnectionString is { Length: > 0 } configured
        ? configured
        : $"Data Source={Database};Pooling=True";
}
