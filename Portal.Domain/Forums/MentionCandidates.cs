using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;

namespace Portal.Domain.Forums;

/// <summary>Members whose display name contains what was typed after "@", for the composer's mention picker.</summary>
public sealed class MentionCandidates(IDbContextFactory<PortalDbContext> contextFactory)
{
    public const int Limit = 8;

    public async Task<IReadOnlyList<MemberSummary>> FindAsync(string? typed, CancellationToken cancellationToken = default)
    {
        var text = (typed ?? "").Trim().TrimStart('@');
        if (text.Length == 0)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ids = await db.Users.AsNoTracking()
            .Where(u => u.DisplayName.Contains(text))
            .OrderBy(u => u.DisplayName.Length).ThenBy(u => u.DisplayName)
            .Select(u => u.Id)
            .Take(Limit)
            .ToListAsync(cancellationToken);
        var authors = await ForumAuthors.LoadAsync(db, ids, cancellationToken);
        return ids.Select(id => authors[id].Member).ToList();
    }
}
