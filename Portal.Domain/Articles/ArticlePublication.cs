using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Domain.Activity;
using Portal.Domain.Content;
using Portal.Domain.Data;
using Portal.Domain.Forums;
using Portal.Domain.Notifications;

namespace Portal.Domain.Articles;

/// <summary>
/// What going live and going dark mean beyond the status column, shared by the Studio and the scheduler.
/// <see cref="WentLiveAsync"/> and <see cref="WentDarkAsync"/> run inside the caller's transaction (discussion thread,
/// search index, owners' notifications); <see cref="AnnounceAsync"/> and <see cref="WithdrawAsync"/> run after it
/// commits (the activity bus never hears of a write that rolled back).
/// </summary>
/// <remarks>
/// A thread hidden because its article went dark has no hidden reason; a moderator always gives one
/// (<see cref="ForumModeration.SetThreadHiddenAsync"/>). So republishing shows the thread again only when it was
/// hidden with its article, and a thread a moderator hid for a reason of their own stays hidden.
/// </remarks>
public sealed class ArticlePublication(IActivityBus bus, ForumActivity forumActivity, MarkdownRenderer markdown, IOptions<ArticleOptions> options)
{
    /// <summary>
    /// The article has just become Published. The first time, its discussion thread opens and owners of its models are
    /// notified (at most one such notification per member per UTC day); again after being dark, its thread is shown
    /// again. Either way it becomes searchable. Returns the members notified, for the bell after commit.
    /// </summary>
    public async Task<IReadOnlyList<string>> WentLiveAsync(PortalDbContext db, Article article, bool firstTime, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(article);
        if (article.ThreadId is { } threadId)
        {
            await db.Threads.Where(t => t.Id == threadId && t.IsHidden && t.HiddenReason == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.IsHidden, false), cancellationToken);
        }
        else
        {
            await OpenDiscussionAsync(db, article, now, cancellationToken);
        }

        await ArticleSearchIndex.UpsertAsync(db, article, cancellationToken);
        return firstTime ? await NotifyOwnersAsync(db, article, now, cancellationToken) : [];
    }

    /// <summary>The article has just stopped being Published (unpublished or archived): its discussion is hidden and it leaves search.</summary>
    public static async Task WentDarkAsync(PortalDbContext db, Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(article);
        if (article.ThreadId is { } threadId)
        {
            await db.Threads.Where(t => t.Id == threadId && !t.IsHidden)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.IsHidden, true).SetProperty(t => t.HiddenReason, (string?)null), cancellationToken);
        }

        await ArticleSearchIndex.RemoveAsync(db, article.Id, cancellationToken);
    }

    /// <summary>
    /// After commit: <c>article.published</c> on the bus for the home ticker and the hub's <c>community</c> group, the
    /// bell of every member <see cref="WentLiveAsync"/> notified, and <c>thread.changed</c> for readers of its discussion.
    /// </summary>
    public async Task AnnounceAsync(Article article, string? actorName, IReadOnlyList<string> notified, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(notified);
        await bus.PublishAsync(Published(article, actorName, now));
        await bus.PublishNotificationsAsync(notified, now);
        if (article.ThreadId is { } threadId)
        {
            await forumActivity.ThreadChangedAsync(article.AuthorId, threadId, now);
        }
    }

    /// <summary>
    /// After commit of going dark: <c>activity.withdrawn</c> for the article and its discussion, so tickers drop their lines
    /// about either, and <c>thread.changed</c> for readers of the discussion.
    /// </summary>
    public async Task WithdrawAsync(Article article, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(article);
        await bus.PublishAsync(new ActivityEvent(ActivityKinds.Withdrawn, null, null, Target(article), ActivityAudience.Everyone, now));
        if (article.ThreadId is { } threadId)
        {
            await bus.PublishAsync(new ActivityEvent(ActivityKinds.Withdrawn, null, null, new ActivityTarget(ActivityTarget.Thread, threadId.Invariant()), ActivityAudience.Everyone, now));
            await forumActivity.ThreadChangedAsync(null, threadId, now);
        }
    }

    /// <summary>The ticker line of a published article (live, and from <see cref="ArticleActivityHistory"/> after a restart).</summary>
    public static ActivityEvent Published(Article article, string? actorName, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ActivityEvent(ActivityKinds.ArticlePublished, article.AuthorId, actorName, Target(article), ActivityAudience.Everyone, at);
    }

    private static ActivityTarget Target(Article article) =>
        new(ActivityTarget.Article, article.Id.ToString(CultureInfo.InvariantCulture), article.Title, article.Url);

    /// <summary>
    /// Opens the discussion through the forums' own thread writer, authored by the article's author, in the club of the
    /// first target model, else the configured board. The posting limits are not applied: nobody typed this post.
    /// </summary>
    private async Task OpenDiscussionAsync(PortalDbContext db, Article article, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var firstModel = article.Models.OrderBy(m => m.Position).Select(m => (int?)m.ModelId).FirstOrDefault();
        var boardSlug = options.Value.DiscussionBoard;
        var boardId = firstModel is { } modelId
            ? await db.Boards.Where(b => b.Kind == BoardKind.ModelClub && b.ModelId == modelId).Select(b => (int?)b.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        boardId ??= await db.Boards.Where(b => b.Slug == boardSlug).Select(b => (int?)b.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"The discussion board '{boardSlug}' ({ArticleOptions.Section}:{nameof(ArticleOptions.DiscussionBoard)}) does not exist.");

        var title = article.Title.Length > ForumThread.TitleMaxLength ? article.Title[..ForumThread.TitleMaxLength].TrimEnd() : article.Title;
        var body = DiscussionBody(article);
        var (thread, _) = await ForumThreadWriter.AddAsync(db, boardId.Value, article.AuthorId, title, [], body, markdown.Render(body), now, cancellationToken);
        article.ThreadId = thread.Id;
    }

    /// <summary>The opening post: the summary, then a link to the article (its title as the link text, so it needs no language).</summary>
    private static string DiscussionBody(Article article)
    {
        var link = $"→ {MarkdownText.Link(article.Title, article.Url)}";
        return string.IsNullOrWhiteSpace(article.Summary) ? link : $"{article.Summary.Trim()}\n\n{link}";
    }

    private static async Task<IReadOnlyList<string>> NotifyOwnersAsync(PortalDbContext db, Article article, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var modelIds = article.Models.Select(m => m.ModelId).ToList();
        if (modelIds.Count == 0)
        {
            return [];
        }

        var dayStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var owners = await db.Vehicles.Where(v => modelIds.Contains(v.ModelId)).Select(v => v.OwnerId).Distinct()
            .Where(o => !db.Notifications.Any(n => n.RecipientId == o && n.Kind == NotificationKind.ArticlePublished && n.At >= dayStart))
            .ToListAsync(cancellationToken);
        return await NotificationWriter.AddAsync(db, owners, NotificationKind.ArticlePublished, article.AuthorId, article.Title, article.Url, now, excerpt: article.Summary, cancellationToken: cancellationToken);
    }
}
