using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Domain.Garage;

public static class GarageServiceCollectionExtensions
{
    public static IServiceCollection AddGarage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GarageOptions>().Bind(configuration.GetSection(GarageOptions.Section));
        services.AddScoped<GarageService>();
        services.AddScoped<VehicleVerification>();
        services.AddScoped<VerificationQueueReader>();
        return services;
    }
}
