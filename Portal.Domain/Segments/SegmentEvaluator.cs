using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Engagement;

namespace Portal.Domain.Segments;

/// <summary>
/// The one way anyone evaluates a segment: its size, its members, or which of some members are in it, each one SQL query
/// (see <see cref="SegmentQuery"/>) on today's local day. Segments are dynamic: nothing is cached between calls.
/// </summary>
public sealed class SegmentEvaluator(IDbContextFactory<PortalDbContext> contexts, EngagementCalendar calendar, TimeProvider clock)
{
    /// <summary>Ids per query when filtering given members (well under every provider's parameter limit).</summary>
    private const int FilterChunk = 1000;

    /// <summary>How many members are in the segment now.</summary>
    public async Task<int> CountAsync(SegmentDefinition definition, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(definition);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Query(db).Members(definition).CountAsync(ct);
    }

    /// <summary>The ids of every member in the segment, ordered by id (ordinal).</summary>
    public async Task<IReadOnlyList<string>> MemberIdsAsync(SegmentDefinition definition, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(definition);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ids = await Query(db).Members(definition).Select(u => u.Id).ToListAsync(ct);
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>Which of <paramref name="memberIds"/> are in the segment now (ids that are no member are never in it).</summary>
    public async Task<IReadOnlySet<string>> FilterAsync(SegmentDefinition definition, IReadOnlyCollection<string> memberIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(memberIds);
        var members = new HashSet<string>(StringComparer.Ordinal);
        if (memberIds.Count == 0)
        {
            return members;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var segment = Query(db).Members(definition);
        foreach (var chunk in memberIds.Distinct(StringComparer.Ordinal).Chunk(FilterChunk))
        {
            members.UnionWith(await segment.Where(u => chunk.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct));
        }

        return members;
    }

    /// <summary>The segment's size as if <paramref name="day"/> were today (behaviour windows end that day; profiles are as they are now): the demo's size history.</summary>
    internal async Task<int> CountOnAsync(SegmentDefinition definition, int day, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await new SegmentQuery(db, calendar, day).Members(definition).CountAsync(ct);
    }

    /// <summary>The segment's members as a query on <paramref name="db"/>, for the segment pages to compose on (sample, compare, export).</summary>
    internal IQueryable<Accounts.PortalUser> Members(PortalDbContext db, SegmentDefinition definition) => Query(db).Members(definition);

    private SegmentQuery Query(PortalDbContext db) => new(db, calendar, calendar.DayOf(clock.GetUtcNow()));
}
