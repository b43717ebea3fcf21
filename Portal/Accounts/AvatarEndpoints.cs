using Portal.Domain.Media;

namespace Portal.Accounts;

internal static class AvatarEndpoints
{
    /// <summary>Avatars are public, like the profiles they belong to; names are checked by <see cref="AvatarStore.Resolve"/>.</summary>
    public static void MapAvatarEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/media/avatars/{file}", (string file, AvatarStore avatars) =>
                avatars.Resolve(file) is { } path
                    ? Results.File(path, "image/webp", enableRangeProcessing: false)
                    : Results.NotFound())
            .AllowAnonymous()
            .CacheOutput(policy => policy.Expire(TimeSpan.FromDays(30)));
}
