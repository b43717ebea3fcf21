using Microsoft.Extensions.DependencyInjection;

namespace Portal.Domain.Seeding;

public static class SeedingServiceCollectionExtensions
{
    /// <summary>The demo seeder and the members step; each later feature registers its own <see cref="IDemoSeedStep"/>.</summary>
    public static IServiceCollection AddDemoSeeding(this IServiceCollection services)
    {
        services.AddScoped<DemoSeeder>();
        services.AddScoped<IDemoSeedStep, MembersSeedStep>();
        return services;
    }
}
