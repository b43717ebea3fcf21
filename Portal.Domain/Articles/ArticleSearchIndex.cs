using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Forums;

namespace Portal.Domain.Articles;

/// <summary>
/// Keeps the FTS5 table <c>ArticleSearch</c> (rowid = article id) in step with published articles, inside the caller's
/// transaction, tokenised like posts (<see cref="ForumSearchText"/>): an article is found exactly while it is published.
/// </summary>
internal static class ArticleSearchIndex
{
    public static Task UpsertAsync(PortalDbContext db, Article article, CancellationToken cancellationToken)
    {
        var title = ForumSearchText.Segment(article.Title);
        var body = ForumSearchText.Segment(article.PlainText);
        return db.Database.ExecuteSqlAsync($"INSERT OR REPLACE INTO ArticleSearch(rowid, Title, Body) VALUES ({article.Id}, {title}, {body})", cancellationToken);
    }

    public static Task RemoveAsync(PortalDbContext db, int articleId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM ArticleSearch WHERE rowid = {articleId}", cancellationToken);
}
