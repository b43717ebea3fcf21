using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Content;
using Portal.Domain.Data;
using Portal.Domain.Engagement;

namespace Portal.Domain.Segments;

/// <summary>
/// What the builder's selects offer besides the model catalog: members' cities (the most common first), boards (in the
/// reader's language) and events of the last 180 days and to come. Labels are read in the current UI culture.
/// </summary>
public sealed class SegmentChoices(IDbContextFactory<PortalDbContext> contexts, EngagementCalendar calendar, TimeProvider clock)
{
    public const int MaxCities = 60;
    public const int EventDays = 180;

    public async Task<IReadOnlyList<SegmentChoice>> CitiesAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var cities = await db.Users.Where(u => u.City != null && u.City.Trim() != "")
            .GroupBy(u => u.City!.Trim()).Select(g => new { City = g.Key, Members = g.Count() })
            .OrderByDescending(c => c.Members).ThenBy(c => c.City).Take(MaxCities).ToListAsync(ct);
        return [.. cities.Select(c => new SegmentChoice(c.City, c.City))];
    }

    public async Task<IReadOnlyList<SegmentChoice>> BoardsAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var boards = await db.Boards.AsNoTracking().OrderBy(b => b.Id).Select(b => new { b.Id, b.Name, b.NameZh }).ToListAsync(ct);
        return [.. boards.Select(b => new SegmentChoice(b.Id.ToString(CultureInfo.InvariantCulture), Bilingual.Pick(b.Name, b.NameZh)))];
    }

    /// <summary>Events that started in the last <see cref="EventDays"/> days or are still to come, soonest last, dated by the community's day.</summary>
    public async Task<IReadOnlyList<SegmentChoice>> EventsAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddDays(-EventDays);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var events = await db.Events.AsNoTracking().Where(e => e.StartsAt >= since)
            .OrderByDescending(e => e.StartsAt).Select(e => new { e.Id, e.Title, e.City, e.StartsAt }).ToListAsync(ct);
        return [.. events.Select(e => new SegmentChoice(e.Id.ToString(CultureInfo.InvariantCulture), $"{e.Title} · {e.City} · {EngagementCalendar.DateOf(calendar.DayOf(e.StartsAt)):yyyy-MM-dd}"))];
    }
}
