using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Forums;

/// <summary>The records of a page of reported authors: three grouped queries, however many authors the page has.</summary>
internal static class ReportedAuthorRecords
{
    public static async Task<IReadOnlyDictionary<string, ReportedAuthorRecord>> LoadAsync(
        PortalDbContext db, IReadOnlyCollection<string> authorIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = authorIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, ReportedAuthorRecord>(StringComparer.Ordinal);
        }

        // The deleted member's posts can be reported too: it is read past the filter that hides it from member queries.
        var members = await db.Users.AsNoTracking().IgnoreQueryFilters().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.JoinedAt, u.SilencedUntil }).ToDictionaryAsync(u => u.Id, cancellationToken);
        var posts = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.AuthorId) && !p.IsDeleted)
            .GroupBy(p => p.AuthorId).Select(g => new { AuthorId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.AuthorId, g => g.Count, cancellationToken);
        var decisions = await db.ReportResolutions.AsNoTracking().Where(r => ids.Contains(r.AuthorId))
            .GroupBy(r => new { r.AuthorId, r.Action })
            .Select(g => new { g.Key.AuthorId, g.Key.Action, Decisions = g.Count(), Reports = g.Sum(r => r.ReportCount) })
            .ToListAsync(cancellationToken);

        return members.Values.ToDictionary(
            m => m.Id,
            m =>
            {
                var mine = decisions.Where(d => d.AuthorId == m.Id).ToList();
                int Count(ReportAction action) => mine.Where(d => d.Action == action).Sum(d => d.Decisions);
                return new ReportedAuthorRecord(
                    m.JoinedAt,
                    posts.GetValueOrDefault(m.Id),
                    mine.Sum(d => d.Reports),
                    Count(ReportAction.Dismiss),
                    Count(ReportAction.HidePost),
                    Count(ReportAction.SilenceMember),
                    m.SilencedUntil > now ? m.SilencedUntil : null);
            },
            StringComparer.Ordinal);
    }
}
