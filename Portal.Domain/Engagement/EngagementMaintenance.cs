using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Domain.Engagement;

/// <summary>
/// Every <see cref="EngagementOptions.MaintenanceInterval"/>: prunes raw events past <see cref="EngagementOptions.RetentionDays"/>
/// and takes today's lifecycle snapshot (which also refreshes every profile's stage and segment); then refreshes the
/// planner's statistics on the rollups (<see cref="IEngagementStore.AnalyzeAsync"/>), so the console's queries keep their indexes.
/// </summary>
internal sealed partial class EngagementMaintenance(
    IServiceScopeFactory scopes,
    EngagementCalendar calendar,
    IOptions<EngagementOptions> options,
    TimeProvider clock,
    ILogger<EngagementMaintenance> logger) : BackgroundService
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IEngagementStore>();
        var now = clock.GetUtcNow();
        var pruned = await store.PruneAsync(now.AddDays(-options.Value.RetentionDays), cancellationToken);
        await store.SnapshotLifecycleAsync(calendar.DayOf(now), cancellationToken);
        await store.AnalyzeAsync(cancellationToken);
        LogMaintained(logger, pruned);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.MaintenanceInterval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Engagement maintenance: {Pruned} raw events past retention deleted, lifecycle snapshot taken.")]
    private static partial void LogMaintained(ILogger logger, int pruned);

    [LoggerMessage(Level = LogLevel.Error, Message = "Engagement maintenance failed; it runs again at the next interval.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
