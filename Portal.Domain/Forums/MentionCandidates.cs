using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;

namespace Portal.Domain.Forums;

/// <summary>
/// Members whose display name contains what was typed after "@", for the composer's mention picker: people who posted in
/// the thread first, then everyone else; in each group names that start with the text before names that contain it, then
/// shorter names first. Each carries city and car (<see cref="MentionCandidate"/>).
/// </summary>
public sealed class MentionCandidates(IDbContextFactory<PortalDbContext> contextFactory)
{
    public const int Limit = 8;

    public async Task<IReadOnlyList<MentionCandidate>> FindAsync(string? typed, long? threadId = null, CancellationToken cancellationToken = default)
    {
        var text = (typed ?? "").Trim().TrimStart('@');
        if (text.Length == 0)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Users.AsNoTracking()
            .Where(u => u.DisplayName.Contains(text))
            .Select(u => new
            {
                u.Id,
                u.City,
                u.DisplayName,
                InThread = threadId != null && db.Posts.Any(p => p.ThreadId == threadId && p.AuthorId == u.Id),
                Car = u.Vehicles.OrderBy(v => v.VerifiedAt == null).ThenBy(v => v.AddedAt).Select(v => new { v.Model!.Name, v.Year }).FirstOrDefault(),
            })
            .OrderByDescending(u => u.InThread)
            .ThenByDescending(u => u.DisplayName.StartsWith(text))
            .ThenBy(u => u.DisplayName.Length)
            .ThenBy(u => u.DisplayName)
            .ThenBy(u => u.Id)
            .Take(Limit)
            .ToListAsync(cancellationToken);
        var members = await MemberSummaries.LoadAsync(db, rows.Select(r => r.Id).ToList(), cancellationToken);
        return rows.Select(r => new MentionCandidate(members[r.Id].Member, r.City, r.Car?.Name, r.Car?.Year, r.InThread)).ToList();
    }
}
