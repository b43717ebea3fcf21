using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Messaging;

namespace Portal.Domain.Announcements;

/// <summary>
/// Runs <see cref="AnnouncementSender.SendDueAsync"/> every <see cref="MessagingOptions.DeliveryInterval"/> on the
/// <see cref="TimeProvider"/>. The schedule lives in the database, so a restart carries on. A failed pass is logged and retried.
/// </summary>
public sealed partial class AnnouncementScheduler(IServiceScopeFactory scopes, IOptions<MessagingOptions> options, TimeProvider clock, ILogger<AnnouncementScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DeliveryInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AnnouncementSender>().SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending due announcements failed; retrying on the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
