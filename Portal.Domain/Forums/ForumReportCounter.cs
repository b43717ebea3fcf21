using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;

namespace Portal.Domain.Forums;

/// <summary>How much is waiting in the reports queue, for the Studio's moderation card.</summary>
public sealed class ForumReportCounter(IDbContextFactory<PortalDbContext> contextFactory)
{
    /// <summary>Open reports (several may concern one post); moderators only.</summary>
    public async Task<Result<int>> CountOpenAsync(string moderatorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(moderatorId, cancellationToken))
        {
            return new Problem(ForumProblems.Forbidden);
        }

        return Result.Success(await db.PostReports.CountAsync(r => r.Status == ReportStatus.Open, cancellationToken));
    }
}
