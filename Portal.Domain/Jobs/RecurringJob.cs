using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Domain.Jobs;

/// <summary>
/// The one background loop of the app's recurring work: runs <see cref="RecurringJobDefinition{TWork}.Pass"/> on a fresh
/// scope's <typeparamref name="TWork"/> at start and then every interval on the <see cref="TimeProvider"/> (so tests drive
/// it with a fake clock). Work that lives in the database carries on after a restart; a failed pass is logged once and
/// retried on the next tick. Registered with <see cref="RecurringJobServiceCollectionExtensions.AddRecurringJob"/>.
/// </summary>
public sealed class RecurringJob<TWork>(RecurringJobDefinition<TWork> definition, IServiceScopeFactory scopes, TimeProvider clock, ILogger<RecurringJob<TWork>> logger) : BackgroundService
    where TWork : notnull
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        TimeSpan interval;
        await using (var first = scopes.CreateAsyncScope())
        {
            interval = definition.Interval(first.ServiceProvider);
        }

        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var done = await definition.Pass(scope.ServiceProvider.GetRequiredService<TWork>(), stoppingToken);
                if (done > 0)
                {
                    RecurringJobLog.Done(logger, definition.Name, done);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                RecurringJobLog.Failed(logger, definition.Name, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
