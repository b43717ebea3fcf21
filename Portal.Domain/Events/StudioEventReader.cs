using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Engagement;

namespace Portal.Domain.Events;

/// <summary>
/// What the Studio reads about events: an event as an editable draft, the events list (filtered and searched in SQL,
/// with seat counts) and an event's numbers. The pages that call it are for editors and operators only; the changes are
/// <see cref="EventStudio"/>'s.
/// </summary>
public sealed class StudioEventReader(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>The event as an editable draft, times back in the event's zone; null when there is no such event.</summary>
    public async Task<EventDraft?> GetDraftAsync(int eventId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().Include(e => e.Questions).Include(e => e.EligibleModels).SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (ev is null)
        {
            return null;
        }

        var zone = TimeZones.Find(ev.TimeZoneId);
        DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).DateTime;
        return new EventDraft
        {
            Title = ev.Title,
            Description = ev.Description,
            StartsLocal = Local(ev.StartsAt),
            EndsLocal = Local(ev.EndsAt),
            TimeZoneId = ev.TimeZoneId,
            City = ev.City,
            Venue = ev.Venue,
            Address = ev.Address,
            MapUrl = ev.MapUrl,
            OnlineUrl = ev.OnlineUrl,
            Capacity = ev.Capacity,
            SignupOpensLocal = ev.SignupOpensAt is { } o ? Local(o) : null,
            SignupClosesLocal = ev.SignupClosesAt is { } c ? Local(c) : null,
            WaitlistEnabled = ev.WaitlistEnabled,
            MaxGuests = ev.MaxGuests,
            Eligibility = ev.Eligibility,
            EligibleModelIds = [.. ev.EligibleModels.Select(m => m.ModelId)],
            Questions = [.. ev.Questions.OrderBy(q => q.Position).Select(q => new EventQuestionDraft { Kind = q.Kind, Prompt = q.Prompt, Choices = q.Choices, Required = q.Required })],
        };
    }

    /// <summary>
    /// The events matching a filter (null: all) and title words (case-insensitive, anywhere in the title), newest start
    /// first, with their seat counts, for the studio list. Filtered in SQL.
    /// </summary>
    public async Task<IReadOnlyList<StudioEventRow>> ListAsync(StudioEventFilter? filter = null, string? search = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var events = db.Events.AsNoTracking();
        events = filter switch
        {
            StudioEventFilter.Draft => events.Where(e => e.Status == EventStatus.Draft),
            StudioEventFilter.Upcoming => events.Where(e => e.Status == EventStatus.Published && e.EndsAt > now),
            StudioEventFilter.Past => events.Where(e => e.Status == EventStatus.Published && e.EndsAt <= now),
            StudioEventFilter.Cancelled => events.Where(e => e.Status == EventStatus.Cancelled),
            _ => events,
        };
        if (!string.IsNullOrWhiteSpace(search))
        {
            events = events.Where(SqlLike.Contains<OwnerEvent>(e => e.Title, search));
        }

        return await events
            .OrderByDescending(e => e.StartsAt)
            .Select(e => new StudioEventRow(
                e.Id, e.Title, e.Slug, e.City, e.StartsAt, e.TimeZoneId, e.Status, e.Capacity, e.SeriesKey != null,
                db.EventSignups.Where(s => s.EventId == e.Id && s.Status == SignupStatus.Confirmed).Sum(s => 1 + s.Guests),
                db.EventSignups.Count(s => s.EventId == e.Id && s.Status == SignupStatus.Waitlisted)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The event's numbers: views summed from the per-item daily rollups of <see cref="EngagementKinds.EventViewed"/>
    /// (never the raw events), sign-ups, waitlist and check-ins from the sign-ups.
    /// </summary>
    public async Task<StudioEventNumbers> NumbersAsync(int eventId, CancellationToken cancellationToken = default)
    {
        var target = eventId.ToString(CultureInfo.InvariantCulture);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var views = await db.EngagementRollups.AsNoTracking()
            .Where(r => r.Grain == RollupGrain.Day && r.TargetType == "event" && r.TargetId == target && r.Metric == EngagementKinds.EventViewed && r.Dimension == "")
            .SumAsync(r => r.Count, cancellationToken);
        var signups = await db.EventSignups.AsNoTracking()
            .Where(s => s.EventId == eventId && s.Status != SignupStatus.Cancelled)
            .GroupBy(s => 1)
            .Select(g => new
            {
                People = g.Count(s => s.Status == SignupStatus.Confirmed),
                Guests = g.Sum(s => s.Status == SignupStatus.Confirmed ? s.Guests : 0),
                Waitlisted = g.Count(s => s.Status == SignupStatus.Waitlisted),
                Attended = g.Count(s => s.CheckedInAt != null),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return new StudioEventNumbers(views, signups?.People ?? 0, signups?.Guests ?? 0, signups?.Waitlisted ?? 0, signups?.Attended ?? 0);
    }
}
