using Portal.Domain.Accounts;
using Portal.Domain.Data;

namespace Portal.Domain.Forums;

/// <summary>Loads the authors of a page of posts in one query, however many posts there are.</summary>
internal static class ForumAuthors
{
    public static async Task<IReadOnlyDictionary<string, ForumAuthor>> LoadAsync(PortalDbContext db, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken)
    {
        var members = await MemberSummaries.LoadAsync(db, memberIds, cancellationToken);
        return members.ToDictionary(m => m.Key, m => new ForumAuthor(m.Value.Member, m.Value.Model), StringComparer.Ordinal);
    }
}
