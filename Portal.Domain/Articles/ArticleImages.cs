using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Media;

namespace Portal.Domain.Articles;

/// <summary>
/// Pictures an editor puts inside an article's text (the <see cref="ArticleBodyImages"/> store, which the article profile
/// of the Markdown renderer trusts). Returns the address the editor's <c>![alt](url)</c> points at.
/// </summary>
public sealed class ArticleImages(IDbContextFactory<PortalDbContext> contextFactory, [FromKeyedServices(ArticleBodyImages.Kind)] ImageStore images)
{
    public async Task<Result<string>> AddAsync(string editorId, int articleId, Stream upload, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(editorId, cancellationToken))
        {
            return new Problem(ArticleProblems.Forbidden);
        }

        if (!await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken))
        {
            return new Problem(ArticleProblems.NotFound);
        }

        var stored = await images.SaveAsync(articleId.ToString(CultureInfo.InvariantCulture), upload, cancellationToken);
        return stored.Succeeded ? Result.Success(ArticleBodyImages.Profile.Url(stored.Value!)) : stored;
    }
}
