using Microsoft.Extensions.DependencyInjection;

namespace Portal.Domain.Garage;

public static class GarageServiceCollectionExtensions
{
    public static IServiceCollection AddGarage(this IServiceCollection services) => services.AddScoped<GarageService>();
}
