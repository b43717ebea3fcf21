using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Domain.Articles;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.History;
using Portal.Domain.Events;

namespace Portal.Domain.Seeding;

/// <summary>
/// A year of engagement for the demo community, so every console page has something true to say on first run: the
/// members' browsing drawn by <see cref="EngagementHistoryGenerator"/> over the seeded threads, articles (from when they
/// went live) and events, with the events' real sign-ups, waitlistings and check-ins and the threads' real authors,
/// written through the engagement store (raw events only for the retention period; rollups for the year) with a
/// lifecycle snapshot for every week of the last year. The activity starts a quarter earlier, so the first weeks' stages
/// already know who was active before them. Runs after the other steps, once their content exists.
/// </summary>
internal sealed partial class EngagementSeedStep(EngagementHistory history, TimeProvider clock, ILogger<EngagementSeedStep> logger) : IDemoSeedStep
{
    /// <summary>A year and the 91 days before it (<see cref="EngagementOptions.DormantDays"/> and a day).</summary>
    public const int Days = 365 + 91;

    public const int LifecycleWeeks = 53;

    public int Order => 400;

    public bool AfterCommit => true;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = context.Db;
        var threads = await db.Threads.AsNoTracking().Select(t => new HistoryThread(t.Id, t.CreatedAt, t.AuthorId)).ToListAsync(cancellationToken);
        var articles = (await db.Articles.AsNoTracking()
                .Where(a => a.PublishedAt != null && (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Archived))
                .Select(a => new { a.Id, a.PublishedAt })
                .ToListAsync(cancellationToken))
            .Select(a => new HistoryArticle(a.Id, a.PublishedAt!.Value))
            .ToList();
        var signups = (await db.EventSignups.AsNoTracking()
                .Select(s => new { s.EventId, s.MemberId, s.SignedUpAt, s.Status, s.CheckedInAt })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.EventId, s => new HistoryAttendee(s.MemberId, s.SignedUpAt, s.Status == SignupStatus.Waitlisted, s.CheckedInAt));
        var events = (await db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Published).Select(e => new { e.Id, e.StartsAt }).ToListAsync(cancellationToken))
            .Select(e => new HistoryEvent(e.Id, e.StartsAt, [.. signups[e.Id]]))
            .ToList();
        var started = clock.GetTimestamp();
        var plan = new HistoryPlan(Days, context.Now, LifecycleWeeks: LifecycleWeeks);
        var written = await history.WriteAsync(new HistoryContent(threads, articles, events), plan, new Random(DemoSeedContext.RandomSeed + 40), cancellationToken);
        var seconds = clock.GetElapsedTime(started).TotalSeconds;
        LogWritten(logger, written, seconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Events} demo engagement events in {Seconds:0.0} s")]
    private static partial void LogWritten(ILogger logger, long events, double seconds);
}
