using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Forums;
using Portal.Domain.Garage;

namespace Portal.Domain.Events;

/// <summary>Reading events: the list (upcoming with series folded, or past), a month, one event, a member's own.</summary>
public sealed class EventReader(IDbContextFactory<PortalDbContext> contextFactory, IEngagementRecorder engagement, TimeProvider clock)
{
    public const int PageSize = 20;

    /// <summary>How many more events the home page reads than it shows, so a weekly series folds into one without shortening the list.</summary>
    private const int SeriesFold = 4;

    public async Task<EventListPage> ListAsync(EventListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var now = clock.GetUtcNow();
        var page = Math.Max(1, query.Page);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var events = await FilterAsync(db, query.City, query.ForMemberCars, cancellationToken);
        if (query.Past)
        {
            var past = events.Where(e => e.EndsAt < now);
            var total = await past.CountAsync(cancellationToken);
            var pastPages = Math.Max(1, (total + PageSize - 1) / PageSize);
            page = Math.Min(page, pastPages);
            var items = await past.OrderByDescending(e => e.StartsAt).Skip((page - 1) * PageSize).Take(PageSize).Select(ToCard(db)).ToListAsync(cancellationToken);
            return new EventListPage(items, page, pastPages);
        }

        // Upcoming events are few (they end); the series are folded in memory, each under its next occurrence.
        var upcoming = await events.Where(e => e.EndsAt >= now).OrderBy(e => e.StartsAt).Select(ToCard(db)).ToListAsync(cancellationToken);
        var folded = upcoming
            .GroupBy(e => e.SeriesKey ?? $"single-{e.Id}")
            .Select(g => g.First() with { SeriesMore = [.. g.Skip(1)] })
            .OrderBy(e => e.StartsAt)
            .ToList();
        var pageCount = Math.Max(1, (folded.Count + PageSize - 1) / PageSize);
        page = Math.Min(page, pageCount);
        return new EventListPage([.. folded.Skip((page - 1) * PageSize).Take(PageSize)], page, pageCount);
    }

    /// <summary>Published and cancelled events that start between two instants (a month in the viewer's zone).</summary>
    public async Task<IReadOnlyList<EventCard>> BetweenAsync(DateTimeOffset from, DateTimeOffset to, string? city, string? forMemberCars, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var events = await FilterAsync(db, city, forMemberCars, cancellationToken);
        return await events.Where(e => e.StartsAt >= from && e.StartsAt < to).OrderBy(e => e.StartsAt).Select(ToCard(db)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The home page's events: upcoming published ones in the member's city (from their profile, in either of its names),
    /// soonest first; when they have no city or nothing is coming there, the most popular upcoming ones (most seats taken).
    /// A series shows once.
    /// </summary>
    public async Task<HomeEvents> ForHomeAsync(string? memberId, int count, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var upcoming = db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Published && e.StartsAt > now);
        var city = memberId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == memberId).Select(u => u.City).SingleOrDefaultAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(city))
        {
            var names = EventCities.NamesOf(city);
            var near = await upcoming.Where(e => names.Contains(e.City)).OrderBy(e => e.StartsAt).Take(count * SeriesFold).Select(ToCard(db)).ToListAsync(cancellationToken);
            if (near.Count > 0)
            {
                return new HomeEvents(city.Trim(), OnePerSeries(near, count));
            }
        }

        var popular = await upcoming
            .OrderByDescending(e => db.EventSignups.Where(s => s.EventId == e.Id && s.Status == SignupStatus.Confirmed).Sum(s => 1 + s.Guests))
            .ThenBy(e => e.StartsAt)
            .Take(count * SeriesFold).Select(ToCard(db)).ToListAsync(cancellationToken);
        return new HomeEvents(null, OnePerSeries(popular, count));
    }

    /// <summary>A series shows once on the home page, at its first occurrence in the list (the next one, or the most popular one).</summary>
    private static List<EventCard> OnePerSeries(List<EventCard> cards, int count) =>
        [.. cards.DistinctBy(c => c.SeriesKey ?? $"single-{c.Id}").Take(count)];

    /// <summary>Cities with a published event, for the filter.</summary>
    public async Task<IReadOnlyList<string>> CitiesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Events.AsNoTracking().Where(e => e.Status != EventStatus.Draft).Select(e => e.City).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
    }

    /// <summary>One event; drafts only for staff (<paramref name="includeDrafts"/>). Null when there is none to show.</summary>
    public async Task<EventDetail?> GetAsync(int eventId, bool includeDrafts, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().Include(e => e.Questions).Include(e => e.EligibleModels)
            .SingleOrDefaultAsync(e => e.Id == eventId && (includeDrafts || e.Status != EventStatus.Draft), cancellationToken);
        if (ev is null)
        {
            return null;
        }

        var card = await db.Events.Where(e => e.Id == eventId).Select(ToCard(db)).SingleAsync(cancellationToken);
        var series = ev.SeriesKey is null
            ? []
            : await db.Events.AsNoTracking().Where(e => e.SeriesKey == ev.SeriesKey && (includeDrafts || e.Status != EventStatus.Draft))
                .OrderBy(e => e.StartsAt).Select(ToCard(db)).ToListAsync(cancellationToken);
        var modelIds = ev.EligibleModels.Select(m => m.ModelId).ToHashSet();
        return new EventDetail(
            card,
            ev.DescriptionHtml,
            ev.Address,
            ev.MapUrl,
            ev.OnlineUrl,
            ev.CoverFile,
            ev.SignupOpensAt,
            ev.SignupClosesOrStart,
            ev.MaxGuests,
            [.. ModelCatalog.Models.Where(m => modelIds.Contains(m.Id)).Select(m => m.Name)],
            [.. ev.Questions.OrderBy(q => q.Position).Select(q => new EventQuestionView(q.Id, q.Kind, q.Prompt, q.ChoiceList(), q.Required))],
            series,
            ev.ThreadId is { } threadId ? await ThreadDiscussions.LoadAsync(db, threadId, cancellationToken) : null);
    }

    public async Task<bool> IsVisibleAsync(int eventId, bool includeDrafts, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Events.AnyAsync(e => e.Id == eventId && (includeDrafts || e.Status != EventStatus.Draft), cancellationToken);
    }

    /// <summary>The member's sign-ups (confirmed or waiting), upcoming first by start, then past ones newest first.</summary>
    public async Task<IReadOnlyList<MyEvent>> MineAsync(string memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var signups = await db.EventSignups.AsNoTracking()
            .Where(s => s.MemberId == memberId && s.Status != SignupStatus.Cancelled)
            .Select(s => new
            {
                s.Id, s.EventId, s.Status, s.Guests, s.Code, s.CheckedInAt,
                Position = s.Status == SignupStatus.Waitlisted
                    ? db.EventSignups.Count(o => o.EventId == s.EventId && o.Status == SignupStatus.Waitlisted && o.Sequence < s.Sequence) + 1
                    : (int?)null,
            })
            .ToListAsync(cancellationToken);
        var ids = signups.Select(s => s.EventId).ToList();
        var cards = await db.Events.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(ToCard(db)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return
        [
            .. signups.Select(s => new MyEvent(cards[s.EventId], new SignupOutcome(s.Id, s.Status, s.Guests, s.Code, s.Position, s.CheckedInAt)))
                .OrderBy(m => m.Event.EndsAt < now)
                .ThenBy(m => m.Event.EndsAt < now ? -m.Event.StartsAt.UtcTicks : m.Event.StartsAt.UtcTicks),
        ];
    }

    /// <summary>Counts a view of the event page (anonymous readers count too, without an id).</summary>
    public void RecordViewed(string? memberId, int eventId) =>
        engagement.Record(new EngagementSignal(EngagementKinds.EventViewed, memberId, "event", eventId.ToString(CultureInfo.InvariantCulture), clock.GetUtcNow()));

    internal static Expression<Func<OwnerEvent, EventCard>> ToCard(PortalDbContext db) => e => new EventCard(
        e.Id, e.Title, e.Slug, e.City, e.Venue, e.OnlineUrl != null && e.Venue == null && e.Address == null,
        e.StartsAt, e.EndsAt, e.TimeZoneId, e.Status, e.Eligibility, e.Capacity,
        db.EventSignups.Where(s => s.EventId == e.Id && s.Status == SignupStatus.Confirmed).Sum(s => 1 + s.Guests),
        db.EventSignups.Count(s => s.EventId == e.Id && s.Status == SignupStatus.Waitlisted),
        e.WaitlistEnabled, e.SeriesKey);

    private static async Task<IQueryable<OwnerEvent>> FilterAsync(PortalDbContext db, string? city, string? forMemberCars, CancellationToken cancellationToken)
    {
        var events = db.Events.AsNoTracking().Where(e => e.Status != EventStatus.Draft);
        if (!string.IsNullOrWhiteSpace(city))
        {
            events = events.Where(e => e.City == city);
        }

        if (forMemberCars is not null)
        {
            var cars = await db.Vehicles.AsNoTracking().Where(v => v.OwnerId == forMemberCars).Select(v => new { v.ModelId, Verified = v.VerifiedAt != null }).ToListAsync(cancellationToken);
            var models = cars.Select(c => c.ModelId).Distinct().ToList();
            var verified = cars.Any(c => c.Verified);
            events = events.Where(e =>
                (e.Eligibility == EventEligibility.ModelOwners && e.EligibleModels.Any(m => models.Contains(m.ModelId)))
                || (verified && e.Eligibility == EventEligibility.VerifiedOwners));
        }

        return events;
    }
}
