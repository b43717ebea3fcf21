using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;

namespace Portal.Domain.Forums;

/// <summary>The resolved reports, newest first, for editors and operators: who decided what, when and why. A page is three queries.</summary>
public sealed class ReportHistory(IDbContextFactory<PortalDbContext> contextFactory)
{
    public const int PageSize = 25;

    public async Task<Result<ReportHistoryPage>> PageAsync(string moderatorId, ReportHistoryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(moderatorId, cancellationToken))
        {
            return new Problem(ForumProblems.Forbidden);
        }

        var decisions = db.ReportResolutions.AsNoTracking();
        if (query.Action is { } action)
        {
            decisions = decisions.Where(r => r.Action == action);
        }

        var total = await decisions.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var rows = await decisions.OrderByDescending(r => r.ResolvedAt).ThenByDescending(r => r.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Join(db.Posts, r => r.PostId, p => p.Id, (r, p) => new
            {
                r.Id, r.PostId, p.ThreadId, p.Number, p.Thread!.Title, p.Thread.Slug, r.AuthorId, r.ResolvedById, r.ResolvedAt,
                r.Action, r.Reason, r.Note, r.SilenceDays, r.ReportCount,
            })
            .ToListAsync(cancellationToken);
        var people = await MemberSummaries.LoadAsync(
            db, [.. rows.Select(r => r.AuthorId), .. rows.Select(r => r.ResolvedById).OfType<string>()], cancellationToken);

        IReadOnlyList<ResolvedReport> items = [.. rows.Select(r => new ResolvedReport(
            r.Id, new PostLocation(r.ThreadId, r.Slug, r.PostId, r.Number), r.Title, people[r.AuthorId].Member,
            r.ResolvedById is { } by && people.TryGetValue(by, out var moderator) ? moderator.Member : null,
            r.ResolvedAt, r.Action, r.Reason, r.Note, r.SilenceDays, r.ReportCount))];
        return Result.Success(new ReportHistoryPage(items, page, pageCount, total));
    }
}
