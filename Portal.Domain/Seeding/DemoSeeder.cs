using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Domain.Data;

namespace Portal.Domain.Seeding;

/// <summary>Seeds the demo community into an empty database, in one transaction; steps that use the features' own services follow it.</summary>
public sealed partial class DemoSeeder(
    IDbContextFactory<PortalDbContext> contextFactory,
    IEnumerable<IDemoSeedStep> steps,
    TimeProvider clock,
    ILogger<DemoSeeder> logger)
{
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return false;
        }

        var started = clock.GetTimestamp();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var context = new DemoSeedContext(db, clock);
        var ordered = steps.OrderBy(s => s.Order).ToList();
        foreach (var step in ordered.Where(s => !s.AfterCommit))
        {
            var stepStarted = clock.GetTimestamp();
            await step.SeedAsync(context, cancellationToken);
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            LogStep(step, stepStarted);
        }

        await transaction.CommitAsync(cancellationToken);
        foreach (var step in ordered.Where(s => s.AfterCommit))
        {
            var stepStarted = clock.GetTimestamp();
            await step.SeedAsync(context, cancellationToken);
            LogStep(step, stepStarted);
        }

        var seconds = clock.GetElapsedTime(started).TotalSeconds;
        LogSeeded(logger, context.Members.Count, seconds);
        return true;
    }

    private void LogStep(IDemoSeedStep step, long started)
    {
        var seconds = clock.GetElapsedTime(started).TotalSeconds;
        LogStep(logger, step.GetType().Name, seconds);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Seed step {Step} took {Seconds:0.00} s")]
    private static partial void LogStep(ILogger logger, string step, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo community: {Members} members in {Seconds:0.0} s")]
    private static partial void LogSeeded(ILogger logger, int members, double seconds);
}
