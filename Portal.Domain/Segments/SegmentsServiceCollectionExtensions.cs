using Microsoft.Extensions.DependencyInjection;

namespace Portal.Domain.Segments;

public static class SegmentsServiceCollectionExtensions
{
    public static IServiceCollection AddSegments(this IServiceCollection services) =>
        services
            .AddScoped<SegmentEvaluator>()
            .AddScoped<SegmentService>();
}
