using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Domain.Journeys;

/// <summary>Runs <see cref="JourneyEngine.RunOnceAsync"/> every <see cref="JourneyOptions.Interval"/> on the app's clock. A failed pass is logged and retried on the next tick.</summary>
public sealed partial class JourneyWorker(IServiceScopeFactory scopes, IOptions<JourneyOptions> options, TimeProvider clock, ILogger<JourneyWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var pass = await scope.ServiceProvider.GetRequiredService<JourneyEngine>().RunOnceAsync(stoppingToken);
                if (pass.Entered + pass.Goals + pass.Steps > 0)
                {
                    LogPass(logger, pass.Entered, pass.Goals, pass.Steps);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Journeys: {Entered} entered, {Goals} reached their goal, {Steps} steps ran")]
    private static partial void LogPass(ILogger logger, int entered, int goals, int steps);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A journeys pass failed; retrying on the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
