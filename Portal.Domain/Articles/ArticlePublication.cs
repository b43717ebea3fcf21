using Portal.Domain.Activity;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Articles;

/// <summary>
/// What going live and going dark mean beyond the status column, shared by the Studio and the scheduler:
/// <see cref="WentLiveAsync"/> and <see cref="WentDarkAsync"/> run inside the caller's transaction;
/// <see cref="AnnounceAsync"/> runs after it commits (the activity bus never hears of a write that rolled back).
/// </summary>
public sealed class ArticlePublication(IActivityBus bus)
{
    /// <summary>The article has just become Published (first time or again): its discussion thread is shown again.</summary>
    public static async Task WentLiveAsync(PortalDbContext db, Article article, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(article);
        _ = now;
        await SetThreadHiddenAsync(db, article, hidden: false, cancellationToken);
    }

    /// <summary>The article has just stopped being Published (unpublished or archived): its discussion is hidden with it.</summary>
    public static Task WentDarkAsync(PortalDbContext db, Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(article);
        return SetThreadHiddenAsync(db, article, hidden: true, cancellationToken);
    }

    /// <summary>After commit: <c>article.published</c> on the bus for the home ticker and the hub's <c>community</c> group.</summary>
    public async Task AnnounceAsync(Article article, string? actorName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(article);
        await bus.PublishAsync(new ActivityEvent(
            ActivityKinds.ArticlePublished,
            article.AuthorId,
            actorName,
            new ActivityTarget(ActivityTarget.Article, article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), article.Title, article.Url),
            ActivityAudience.Everyone,
            now));
    }

    private static Task SetThreadHiddenAsync(PortalDbContext db, Article article, bool hidden, CancellationToken cancellationToken) =>
        article.ThreadId is { } threadId
            ? db.Threads.Where(t => t.Id == threadId).ExecuteUpdateAsync(s => s.SetProperty(t => t.IsHidden, hidden), cancellationToken)
            : Task.CompletedTask;
}
