using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.Engagement.Reports;
using Portal.Domain.Jobs;
using Portal.Domain.Seeding;

namespace Portal.Domain.Journeys;

public static class JourneysServiceCollectionExtensions
{
    /// <summary>Journeys: the operators' service, the engine and its background worker, the reports and the demo journey.</summary>
    public static IServiceCollection AddJourneys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JourneyOptions>().Bind(configuration.GetSection(JourneyOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<JourneyService>();
        services.AddScoped<JourneyEntrants>();
        services.AddScoped<JourneyGoals>();
        services.AddScoped<JourneySteps>();
        services.AddScoped<JourneyEngine>();
        services.AddScoped<JourneyReports>();
        services.AddScoped<IDemoSeedStep, JourneysSeedStep>();
        services.AddRecurringJob<JourneyEngine>("Journeys", sp => sp.GetRequiredService<IOptions<JourneyOptions>>().Value.Interval, async (engine, ct) => (await engine.RunOnceAsync(ct)).Total);
        services.AddReport(JourneyTables.Entrants, JourneyTables.EntrantsAsync);
        services.AddReport(JourneyTables.Steps, JourneyTables.StepsAsync);
        services.AddReport(JourneyTables.Actions, JourneyTables.ActionsAsync);
        return services;
    }
}
