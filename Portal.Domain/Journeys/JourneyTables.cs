using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Engagement.Reports;

namespace Portal.Domain.Journeys;

/// <summary>A journey's exportable reports (the request's id is the journey's id): entrants by day, members per step now, actions by outcome.</summary>
public static class JourneyTables
{
    public const string Entrants = "journey-entrants";
    public const string Steps = "journey-steps";
    public const string Actions = "journey-actions";

    public static Task<ReportTable?> EntrantsAsync(IServiceProvider services, ReportRequest request, CancellationToken cancellationToken) => TableAsync(services, Entrants, request, cancellationToken);

    public static Task<ReportTable?> StepsAsync(IServiceProvider services, ReportRequest request, CancellationToken cancellationToken) => TableAsync(services, Steps, request, cancellationToken);

    public static Task<ReportTable?> ActionsAsync(IServiceProvider services, ReportRequest request, CancellationToken cancellationToken) => TableAsync(services, Actions, request, cancellationToken);

    private static Task<ReportTable?> TableAsync(IServiceProvider services, string name, ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return services.GetRequiredService<JourneyReports>().TableAsync(name, request.Id, cancellationToken);
    }
}
