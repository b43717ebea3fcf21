using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Domain.Engagement;

/// <summary>
/// Drains <see cref="EngagementPipeline"/> into the store in batches: when <see cref="EngagementOptions.BatchSize"/>
/// signals are waiting or the first of them has waited <see cref="EngagementOptions.FlushInterval"/>, whichever comes
/// first. On shutdown it writes whatever is left before the host stops. A failed batch is logged and not retried.
/// </summary>
internal sealed partial class EngagementWriter(
    EngagementPipeline pipeline,
    EngagementEnricher enricher,
    IServiceScopeFactory scopes,
    IOptions<EngagementOptions> options,
    TimeProvider clock,
    ILogger<EngagementWriter> logger) : BackgroundService
{
    private long droppedWritten;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var batch = new List<EngagementSignal>(settings.BatchSize);
        try
        {
            while (await pipeline.Reader.WaitToReadAsync(stoppingToken))
            {
                using (var window = new CancellationTokenSource(settings.FlushInterval, clock))
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(window.Token, stoppingToken))
                {
                    await FillAsync(batch, settings.BatchSize, linked.Token);
                }

                await WriteAsync(batch, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the batch in hand is written here, what is still buffered by StopAsync.
        }

        await WriteAsync(batch, CancellationToken.None);
    }

    /// <summary>
    /// Stops reading, then writes whatever is still buffered, also when the host stops before <see cref="ExecuteAsync"/>
    /// ever ran (the base class then never starts it).
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await DrainAsync([], options.Value.BatchSize);
    }

    private async Task DrainAsync(List<EngagementSignal> batch, int size)
    {
        while (pipeline.Reader.TryRead(out var signal))
        {
            batch.Add(signal);
            if (batch.Count >= size)
            {
                await WriteAsync(batch, CancellationToken.None);
            }
        }

        await WriteAsync(batch, CancellationToken.None);
    }

    /// <summary>Reads until the batch is full or the window closes.</summary>
    private async Task FillAsync(List<EngagementSignal> batch, int size, CancellationToken window)
    {
        try
        {
            while (batch.Count < size)
            {
                while (batch.Count < size && pipeline.Reader.TryRead(out var signal))
                {
                    batch.Add(signal);
                }

                if (batch.Count < size && !await pipeline.Reader.WaitToReadAsync(window))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (window.IsCancellationRequested)
        {
            // The window closed (or the host is stopping): write what there is.
        }
    }

    private async Task WriteAsync(List<EngagementSignal> batch, CancellationToken cancellationToken)
    {
        var dropped = pipeline.Dropped - droppedWritten;
        if (batch.Count == 0 && dropped == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<IEngagementStore>();
            var events = await enricher.EnrichAsync(batch, store, cancellationToken);
            await store.WriteAsync(events, dropped, cancellationToken);
            droppedWritten += dropped;
        }
#pragma warning disable CA1031 // The pipeline must outlive a failed batch; the failure is logged.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogBatchFailed(logger, exception, batch.Count);
        }
        finally
        {
            batch.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing {Count} engagement events failed; they are lost.")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);
}
