using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Articles;

/// <summary>
/// One status change of an article in its own transaction, conditional on the status it starts from (so of two racing
/// changes one wins), with what going live or dark means (<see cref="ArticlePublication"/>). Shared by the Studio's
/// buttons (<see cref="ArticleStudio"/>) and the scheduler (<see cref="ArticleScheduler"/>).
/// </summary>
internal sealed class ArticleTransitions(ArticlePublication publication)
{
    /// <summary>Moves the article from one of <paramref name="from"/> to <paramref name="to"/>; null when it happened.</summary>
    public async Task<Problem?> RunAsync(
        PortalDbContext db, int articleId, ArticleStatus[] from, ArticleStatus to, DateTimeOffset? scheduledFor, string? editorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var before = await db.Articles.Where(a => a.Id == articleId).Select(a => new { a.Status, a.PublishedAt }).SingleOrDefaultAsync(cancellationToken);
        if (before is null)
        {
            return new Problem(ArticleProblems.NotFound);
        }

        var status = before.Status;
        var changed = from.Contains(status)
            ? await db.Articles.Where(a => a.Id == articleId && a.Status == status)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(a => a.Status, to)
                        .SetProperty(a => a.ScheduledFor, scheduledFor)
                        .SetProperty(a => a.Version, a => a.Version + 1)
                        .SetProperty(a => a.PublishedAt, a => to == ArticleStatus.Published && a.PublishedAt == null ? now : a.PublishedAt),
                    cancellationToken)
            : 0;
        if (changed == 0)
        {
            return new Problem(ArticleProblems.WrongStatus);
        }

        var article = await db.Articles.Include(a => a.Models).SingleAsync(a => a.Id == articleId, cancellationToken);
        if (editorId is not null)
        {
            article.UpdatedById = editorId;
            article.UpdatedAt = now;
        }

        IReadOnlyList<string> notified = [];
        if (to == ArticleStatus.Published)
        {
            notified = await publication.WentLiveAsync(db, article, firstTime: before.PublishedAt is null, now, cancellationToken);
        }
        else if (status == ArticleStatus.Published)
        {
            await ArticlePublication.WentDarkAsync(db, article, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (to == ArticleStatus.Published)
        {
            var author = await db.Users.Where(u => u.Id == article.AuthorId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
            await publication.AnnounceAsync(article, author, notified, now);
        }
        else if (status == ArticleStatus.Published)
        {
            await publication.WithdrawAsync(article, now);
        }

        return null;
    }
}
