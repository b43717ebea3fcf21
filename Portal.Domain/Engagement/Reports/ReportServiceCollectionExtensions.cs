using Microsoft.Extensions.DependencyInjection;

namespace Portal.Domain.Engagement.Reports;

public static class ReportServiceCollectionExtensions
{
    /// <summary>The console's reports: each exportable one is one <see cref="AddReport"/> line.</summary>
    public static IServiceCollection AddEngagementReports(this IServiceCollection services)
    {
        services.AddSingleton<ReportRegistry>();
        services.AddScoped<ReportExports>();
        services.AddReport(EventFunnelTables.Events, EventFunnelTables.PerEventAsync);
        services.AddReport(EventFunnelTables.Cities, EventFunnelTables.PerCityAsync);
        services.AddReport(LifecycleTables.Weeks, LifecycleTables.PerWeekAsync);
        services.AddReport(LifecycleTables.Cohorts, LifecycleTables.PerCohortAsync);
        services.AddReport(LifecycleTables.Breakdown, LifecycleTables.PerValueAsync);
        return services;
    }

    /// <summary>Registers a report under <paramref name="name"/> (lower-case words and dashes; its CSV is <c>/console/exports/{name}.csv</c>).</summary>
    public static IServiceCollection AddReport(this IServiceCollection services, string name, ReportSource source) =>
        services.AddSingleton(new ReportRegistration(name, source));
}
