using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Content;
using Portal.Domain.Data;
using Portal.Domain.Forums;

namespace Portal.Domain.Articles;

/// <summary>
/// Editors and operators writing articles: create, save (autosave and explicit; refused when based on an older version,
/// so two editors never silently overwrite each other), and move an article through its life (<see cref="ArticleStatus"/>).
/// Every save that changes the title or text keeps an <see cref="ArticleRevision"/>. Each method checks the role in the
/// database again. The draft's fields are mapped by <see cref="ArticleDraftMapper"/>, status changes made by
/// <see cref="ArticleTransitions"/>; scheduled articles go live through <see cref="ArticleScheduler"/>.
/// </summary>
public sealed class ArticleStudio(IDbContextFactory<PortalDbContext> contextFactory, MarkdownRenderer markdown, ArticlePublication publication, TimeProvider clock)
{
    private readonly ArticleTransitions transitions = new(publication);

    public async Task<Result<int>> CreateAsync(string editorId, ArticleDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(editorId, cancellationToken))
        {
            return new Problem(ArticleProblems.Forbidden);
        }

        var tags = ForumTags.Normalize(draft.Tags);
        var problems = ArticleDraftRules.Check(draft, tags);
        if (problems.Count > 0)
        {
            return Result.Fail([.. problems]).As<int>();
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var article = new Article
        {
            Title = "",
            Slug = await ArticleSlugs.UniqueAsync(db, ArticleSlugs.Requested(draft), 0, cancellationToken),
            AuthorId = editorId,
            UpdatedById = editorId,
            CreatedAt = now,
            Status = ArticleStatus.Draft,
        };
        ArticleDraftMapper.Apply(article, draft, tags, markdown, now, editorId);
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        db.ArticleRevisions.Add(NewRevision(article, 1, editorId, now, restoredFrom: null));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success(article.Id);
    }

    /// <summary>
    /// Saves the editor's fields. <paramref name="baseVersion"/> is the <see cref="Article.Version"/> the editor last
    /// loaded or saved; if anyone saved since, nothing is written and <see cref="ArticleProblems.Conflict"/> comes back.
    /// Returns the new version.
    /// </summary>
    public Task<Result<int>> SaveAsync(string editorId, int articleId, ArticleDraft draft, int baseVersion, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(editorId, articleId, draft, baseVersion, restoredFrom: null, cancellationToken);

    private async Task<Result<int>> SaveCoreAsync(string editorId, int articleId, ArticleDraft draft, int baseVersion, int? restoredFrom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(editorId, cancellationToken))
        {
            return new Problem(ArticleProblems.Forbidden);
        }

        var tags = ForumTags.Normalize(draft.Tags);
        var problems = ArticleDraftRules.Check(draft, tags);
        if (problems.Count > 0)
        {
            return Result.Fail([.. problems]).As<int>();
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Claiming the next version is the transaction's first write: of two saves based on the same version, one
        // matches and the other finds nothing to update and is refused.
        var claimed = await db.Articles.Where(a => a.Id == articleId && a.Version == baseVersion)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Version, baseVersion + 1), cancellationToken);
        if (claimed == 0)
        {
            return new Problem(await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken) ? ArticleProblems.Conflict : ArticleProblems.NotFound);
        }

        var article = await db.Articles.Include(a => a.Tags).Include(a => a.Models).SingleAsync(a => a.Id == articleId, cancellationToken);
        var textChanged = article.Title != draft.Title.Trim() || article.Body != draft.Body;
        var wanted = ArticleSlugs.Requested(draft);
        if (wanted != article.Slug)
        {
            await RenameAsync(db, article, await ArticleSlugs.UniqueAsync(db, wanted, article.Id, cancellationToken), cancellationToken);
        }

        ArticleDraftMapper.Apply(article, draft, tags, markdown, now, editorId);
        if (textChanged)
        {
            db.ArticleRevisions.Add(NewRevision(article, await NextRevisionAsync(db, articleId, cancellationToken), editorId, now, restoredFrom));
        }

        if (article.Status == ArticleStatus.Published)
        {
            await ArticleSearchIndex.UpsertAsync(db, article, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success(article.Version);
    }

    /// <summary>Makes a revision's title and text current again, as a new revision (history only grows).</summary>
    public async Task<Result<int>> RestoreAsync(string editorId, int articleId, int revisionNumber, int baseVersion, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var revision = await db.ArticleRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.ArticleId == articleId && r.Number == revisionNumber, cancellationToken);
        var current = await LoadAsync(editorId, articleId, cancellationToken);
        if (!current.Succeeded)
        {
            return current.As<int>();
        }

        if (revision is null)
        {
            return new Problem(ArticleProblems.RevisionNotFound);
        }

        var draft = current.Value!.Draft with { Title = revision.Title, Body = revision.Body };
        return await SaveCoreAsync(editorId, articleId, draft, baseVersion, revisionNumber, cancellationToken);
    }

    public Task<Result> PublishAsync(string editorId, int articleId, CancellationToken cancellationToken = default) =>
        MoveAsync(editorId, articleId, [ArticleStatus.Draft, ArticleStatus.Scheduled], ArticleStatus.Published, null, cancellationToken);

    /// <summary>Sets the time (UTC) a draft or scheduled article goes live; the scheduler publishes it then.</summary>
    public Task<Result> ScheduleAsync(string editorId, int articleId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        at <= clock.GetUtcNow()
            ? Task.FromResult(Result.Fail(ArticleProblems.ScheduleInPast, nameof(Article.ScheduledFor)))
            : MoveAsync(editorId, articleId, [ArticleStatus.Draft, ArticleStatus.Scheduled], ArticleStatus.Scheduled, at, cancellationToken);

    /// <summary>Back to Draft: from Published (hides it and its discussion), Scheduled (cancels the time) or Archived.</summary>
    public Task<Result> UnpublishAsync(string editorId, int articleId, CancellationToken cancellationToken = default) =>
        MoveAsync(editorId, articleId, [ArticleStatus.Published, ArticleStatus.Scheduled, ArticleStatus.Archived], ArticleStatus.Draft, null, cancellationToken);

    public Task<Result> ArchiveAsync(string editorId, int articleId, CancellationToken cancellationToken = default) =>
        MoveAsync(editorId, articleId, [ArticleStatus.Published, ArticleStatus.Draft], ArticleStatus.Archived, null, cancellationToken);

    /// <summary>The article as the editor opens it.</summary>
    public async Task<Result<ArticleEditorState>> LoadAsync(string editorId, int articleId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(editorId, cancellationToken))
        {
            return new Problem(ArticleProblems.Forbidden);
        }

        var a = await db.Articles.AsNoTracking().AsSplitQuery().Include(x => x.Tags).Include(x => x.Models).SingleOrDefaultAsync(x => x.Id == articleId, cancellationToken);
        if (a is null)
        {
            return new Problem(ArticleProblems.NotFound);
        }

        var updatedBy = await db.Users.Where(u => u.Id == a.UpdatedById).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? "";
        return Result.Success(new ArticleEditorState(a.Id, ArticleDraftMapper.ToDraft(a), a.Slug, a.Status, a.Version, a.CoverFile, a.ScheduledFor, a.PublishedAt, a.UpdatedAt, a.UpdatedById, updatedBy, a.ThreadId));
    }

    private async Task<Result> MoveAsync(string editorId, int articleId, ArticleStatus[] from, ArticleStatus to, DateTimeOffset? scheduledFor, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(editorId, cancellationToken))
        {
            return Result.Fail(ArticleProblems.Forbidden);
        }

        var problem = await transitions.RunAsync(db, articleId, from, to, scheduledFor, editorId, clock.GetUtcNow(), cancellationToken);
        return problem is null ? Result.Ok : Result.Fail(problem);
    }

    /// <summary>A published article's old slug keeps answering (301); a draft's never reached anyone, so it is just replaced.</summary>
    private static async Task RenameAsync(PortalDbContext db, Article article, string slug, CancellationToken cancellationToken)
    {
        await db.ArticleSlugRedirects.Where(r => r.Slug == slug).ExecuteDeleteAsync(cancellationToken);
        if (article.PublishedAt is not null)
        {
            db.ArticleSlugRedirects.Add(new ArticleSlugRedirect { Slug = article.Slug, ArticleId = article.Id });
        }

        article.Slug = slug;
    }

    private static async Task<int> NextRevisionAsync(PortalDbContext db, int articleId, CancellationToken cancellationToken) =>
        (await db.ArticleRevisions.Where(r => r.ArticleId == articleId).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1;

    private static ArticleRevision NewRevision(Article article, int number, string editorId, DateTimeOffset now, int? restoredFrom) =>
        new() { ArticleId = article.Id, Number = number, Title = article.Title, Body = article.Body, EditorId = editorId, CreatedAt = now, RestoredFrom = restoredFrom };
}
