namespace Portal.Domain.SearchEngines;

/// <summary>One address in the sitemap (site-relative) and when its content last changed, when known.</summary>
public sealed record SitemapEntry(string Path, DateTimeOffset? LastModified);
