using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Domain.Messaging;

/// <summary>
/// Runs <see cref="MessageDeliverer.DeliverDueAsync"/> every <see cref="MessagingOptions.DeliveryInterval"/> on the
/// <see cref="TimeProvider"/>. The queue lives in the database, so a restart carries on where it stopped. A failed pass is
/// logged and retried on the next tick.
/// </summary>
public sealed partial class MessageDeliveryService(IServiceScopeFactory scopes, IOptions<MessagingOptions> options, TimeProvider clock, ILogger<MessageDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DeliveryInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var delivered = await scope.ServiceProvider.GetRequiredService<MessageDeliverer>().DeliverDueAsync(stoppingToken);
                if (delivered > 0)
                {
                    LogDelivered(logger, delivered);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered {Count} messages")]
    private static partial void LogDelivered(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering messages failed; retrying on the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
