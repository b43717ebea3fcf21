using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Data;

namespace Portal.Domain.Media;

public static class MediaServiceCollectionExtensions
{
    /// <summary>
    /// One kind of stored image: an <see cref="ImageStore"/> keyed by <see cref="ImageProfile.Kind"/> (inject it with
    /// <c>[FromKeyedServices(kind)]</c>); <c>/media/{kind}/{file}</c> serves what it stores.
    /// </summary>
    public static IServiceCollection AddImageStore(this IServiceCollection services, ImageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return services.AddKeyedSingleton(profile.Kind, (sp, _) => new ImageStore(profile, sp.GetRequiredService<DataPaths>()));
    }
}
