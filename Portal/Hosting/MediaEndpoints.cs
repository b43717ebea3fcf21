using Portal.Domain.Media;

namespace Portal.Hosting;

internal static class MediaEndpoints
{
    /// <summary>
    /// Stored images (avatars, event covers, any kind registered with <see cref="MediaServiceCollectionExtensions.AddImageStore"/>)
    /// are public like the pages that show them; names are random, and only names the kind's store writes resolve.
    /// </summary>
    public static void MapMediaEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/media/{kind}/{file}", (string kind, string file, IServiceProvider services) =>
                services.GetKeyedService<ImageStore>(kind)?.Resolve(file) is { } path
                    ? Results.File(path, "image/webp", enableRangeProcessing: false)
                    : Results.NotFound())
            .AllowAnonymous()
            .CacheOutput(policy => policy.Expire(TimeSpan.FromDays(30)));
}
