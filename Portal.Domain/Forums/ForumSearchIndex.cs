using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Forums;

/// <summary>
/// Keeps the FTS5 table <c>PostSearch</c> in step with posts, inside the caller's transaction, so a post is
/// searchable exactly when it is visible. Only the opening post carries the thread title.
/// </summary>
internal static class ForumSearchIndex
{
    public static Task UpsertAsync(PortalDbContext db, long postId, string? title, string plainText, CancellationToken cancellationToken)
    {
        var segmentedTitle = ForumSearchText.Segment(title ?? "");
        var segmentedBody = ForumSearchText.Segment(plainText);
        return db.Database.ExecuteSqlAsync(
            $"INSERT OR REPLACE INTO PostSearch(rowid, Title, Body) VALUES ({postId}, {segmentedTitle}, {segmentedBody})", cancellationToken);
    }

    public static Task RemoveAsync(PortalDbContext db, long postId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM PostSearch WHERE rowid = {postId}", cancellationToken);
}
