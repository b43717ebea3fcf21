using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Domain.Articles;

/// <summary>
/// Runs <see cref="ArticleStudio.PublishDueAsync"/> every <see cref="ArticleOptions.SchedulerInterval"/> on the
/// <see cref="TimeProvider"/>. The schedule lives in the database, so a restart carries on where it stopped, and the
/// conditional status change lets several nodes run this side by side. A failed pass is logged and retried on the next tick.
/// </summary>
public sealed partial class ArticleScheduler(IServiceScopeFactory scopes, IOptions<ArticleOptions> options, TimeProvider clock, ILogger<ArticleScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SchedulerInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var published = await scope.ServiceProvider.GetRequiredService<ArticleStudio>().PublishDueAsync(stoppingToken);
                if (published > 0)
                {
                    LogPublished(logger, published);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Count} scheduled articles")]
    private static partial void LogPublished(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing scheduled articles failed; retrying on the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
