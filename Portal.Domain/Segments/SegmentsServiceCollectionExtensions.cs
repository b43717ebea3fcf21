using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;
using Portal.Domain.Jobs;
using Portal.Domain.Seeding;

namespace Portal.Domain.Segments;

public static class SegmentsServiceCollectionExtensions
{
    public static IServiceCollection AddSegments(this IServiceCollection services)
    {
        services.AddScoped<SegmentEvaluator>();
        services.AddScoped<SegmentService>();
        services.AddScoped<SegmentSizes>();
        services.AddScoped<SegmentComparison>();
        services.AddScoped<SegmentMembers>();
        services.AddScoped<SegmentChoices>();
        services.AddRecurringJob<SegmentSizes>("Segment sizes", sp => sp.GetRequiredService<IOptions<EngagementOptions>>().Value.MaintenanceInterval, (sizes, ct) => sizes.RecordAsync(ct));
        services.AddScoped<IDemoSeedStep, SegmentsSeedStep>();
        services.AddReport(SegmentSizes.Report, async (sp, r, ct) => int.TryParse(r.Id, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? await sp.GetRequiredService<SegmentSizes>().TrendAsync(id, r.Period, ct)
            : null);
        services.AddReport(SegmentComparison.Report, SegmentComparison.CompareAsync);
        return services;
    }
}
