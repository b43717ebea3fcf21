using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Media;

namespace Portal.Domain.Articles;

/// <summary>
/// Editors and operators setting an article's cover (stored by the <see cref="ArticleCoverImages"/> kind of
/// <see cref="ImageStore"/>: judged by decoding its content, cropped to 16:9, re-encoded as WebP). The cover is not part of
/// the text, so it claims no version: it never conflicts with an editor's typing.
/// </summary>
public sealed class ArticleCovers(IDbContextFactory<PortalDbContext> contextFactory, [FromKeyedServices(ArticleCoverImages.Kind)] ImageStore covers)
{
    /// <summary>Replaces the cover with an uploaded image; the old file is deleted once the new one is recorded.</summary>
    public Task<Result> SetCoverAsync(string editorId, int articleId, Stream upload, CancellationToken cancellationToken = default) =>
        ChangeAsync(editorId, articleId, async (db, article) =>
        {
            var stored = await covers.SaveAsync(articleId.ToString(CultureInfo.InvariantCulture), upload, cancellationToken);
            if (!stored.Succeeded)
            {
                return stored;
            }

            var old = article.CoverFile;
            article.CoverFile = stored.Value;
            await db.SaveChangesAsync(cancellationToken);
            covers.Delete(old);
            return Result.Ok;
        }, cancellationToken);

    public Task<Result> RemoveCoverAsync(string editorId, int articleId, CancellationToken cancellationToken = default) =>
        ChangeAsync(editorId, articleId, async (db, article) =>
        {
            var old = article.CoverFile;
            article.CoverFile = null;
            await db.SaveChangesAsync(cancellationToken);
            covers.Delete(old);
            return Result.Ok;
        }, cancellationToken);

    /// <summary>Checks the editor's role and loads the article, then applies <paramref name="change"/>.</summary>
    private async Task<Result> ChangeAsync(string editorId, int articleId, Func<PortalDbContext, Article, Task<Result>> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(editorId, cancellationToken))
        {
            return Result.Fail(ArticleProblems.Forbidden);
        }

        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        return article is null ? Result.Fail(ArticleProblems.NotFound) : await change(db, article);
    }
}
