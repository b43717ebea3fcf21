using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Engagement;

namespace Portal.Domain.Segments;

/// <summary>Every <see cref="EngagementOptions.MaintenanceInterval"/> (hourly), today's size of every saved segment (<see cref="SegmentSizes.RecordAsync"/>).</summary>
internal sealed partial class SegmentSizeJob(IServiceScopeFactory scopes, IOptions<EngagementOptions> options, TimeProvider clock, ILogger<SegmentSizeJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.MaintenanceInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SegmentSizes>().RecordAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed run is retried at the next tick.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Segment sizes were not taken; the job runs again at the next interval.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
