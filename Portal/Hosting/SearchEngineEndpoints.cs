using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Portal.Console;
using Portal.Domain.Articles;
using Portal.Domain.SearchEngines;
using Portal.Studio;

namespace Portal.Hosting;

/// <summary><c>/sitemap.xml</c> (the sitemaps.org protocol, absolute addresses, <c>lastmod</c> in UTC) and <c>/robots.txt</c> pointing at it.</summary>
internal static class SearchEngineEndpoints
{
    public static readonly XNamespace SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void MapSearchEngineEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ArticleUrls.Sitemap, async (SitemapReader sitemap, PublicUrls urls, CancellationToken cancellationToken) =>
            {
                var entries = await sitemap.EntriesAsync(cancellationToken);
                var document = new XDocument(
                    new XDeclaration("1.0", "utf-8", null),
                    new XElement(
                        SitemapNamespace + "urlset",
                        entries.Select(e => new XElement(
                            SitemapNamespace + "url",
                            new XElement(SitemapNamespace + "loc", urls.Absolute(e.Path)),
                            e.LastModified is { } at ? new XElement(SitemapNamespace + "lastmod", at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)) : null))));
                using var buffer = new MemoryStream();
                await document.SaveAsync(buffer, SaveOptions.None, cancellationToken);
                return Results.Bytes(buffer.ToArray(), "application/xml; charset=utf-8");
            })
            .AllowAnonymous()
            .RateLimitedAs(RateLimitKind.Api);

        endpoints.MapGet("/robots.txt", (PublicUrls urls) => Results.Text(
                new StringBuilder()
                    .Append("User-agent: *\n")
                    .Append(CultureInfo.InvariantCulture, $"Disallow: {StudioUrls.Index}\n")
                    .Append(CultureInfo.InvariantCulture, $"Disallow: {ConsoleUrls.Index}\n")
                    .Append('\n')
                    .Append(CultureInfo.InvariantCulture, $"Sitemap: {urls.Absolute(ArticleUrls.Sitemap)}\n")
                    .ToString(),
                "text/plain; charset=utf-8"))
            .AllowAnonymous();
    }
}
