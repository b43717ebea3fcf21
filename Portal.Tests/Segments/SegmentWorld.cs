using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Articles;
using Portal.Domain.Engagement;
using Portal.Domain.Events;
using Portal.Domain.Forums;
using Portal.Domain.Garage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Segments;

/// <summary>
/// A random small community on a real database: members with cities, languages, join dates and cars; threads in three
/// boards, articles in every category, events in two cities with sign-ups and check-ins; and a random history of
/// engagement events written through the real store over the last 60 local days. <see cref="LoadAsync"/> reads it all
/// back as plain rows for a brute-force evaluation.
/// </summary>
internal sealed class SegmentWorld(TestDatabase database, int seed)
{
    public static readonly string?[] Cities = ["上海", "北京", " 上海 ", "杭州", null];
    public static readonly string?[] Cultures = [null, "en", "zh-CN", ""];
    public static readonly string[] EventCities = ["上海", "北京"];
    public static readonly string[] Kinds =
    [
        EngagementKinds.ThreadCreated, EngagementKinds.PostCreated, EngagementKinds.ReactionAdded, EngagementKinds.EventWaitlisted,
        EngagementKinds.NotificationOpened, EngagementKinds.ThreadViewed, EngagementKinds.ThreadViewed, EngagementKinds.ArticleViewed,
        EngagementKinds.ArticleViewed, EngagementKinds.PageViewed,
    ];

    private readonly Random random = new(seed);
    private readonly EngagementCalendar calendar = database.Get<EngagementCalendar>();

    public int Today => calendar.DayOf(database.Clock.GetUtcNow());

    public IReadOnlyList<string> Members { get; private set; } = [];

    public IReadOnlyList<int> Boards { get; private set; } = [];

    public IReadOnlyList<int> Events { get; private set; } = [];

    public async Task BuildAsync(int members, int events)
    {
        var ids = new List<string>();
        for (var i = 0; i < members; i++)
        {
            ids.Add(await database.CreateMemberAsync("Member " + i.ToString(CultureInfo.InvariantCulture)));
        }

        Members = ids;
        var now = database.Clock.GetUtcNow();
        await using var db = database.CreateDbContext();
        var vin = 0;
        foreach (var user in await db.Users.ToListAsync())
        {
            user.City = Pick(Cities);
            user.PreferredCulture = Pick(Cultures);
            user.JoinedAt = calendar.StartOf(Today - random.Next(0, 400)).AddHours(random.Next(0, 24));
            for (var c = random.Next(0, 3); c > 0; c--)
            {
                var model = ModelCatalog.Models[random.Next(0, 4)];
                db.Vehicles.Add(new Vehicle
                {
                    OwnerId = user.Id, ModelId = model.Id, Year = random.Next(model.FirstYear, 2026),
                    Vin = random.Next(3) == 0 ? null : "TESTVIN" + (++vin).ToString("D10", CultureInfo.InvariantCulture),
                    AddedAt = now, VerifiedAt = random.Next(3) == 0 ? now : null,
                });
            }
        }

        Boards = [.. (await db.Boards.OrderBy(b => b.Id).Select(b => b.Id).ToListAsync()).Take(3)];
        var author = ids[0];
        var threads = Enumerable.Range(0, 9).Select(i => new ForumThread
        {
            BoardId = Boards[i % 3], AuthorId = author, Title = "Thread " + i, Slug = "thread-" + i, CreatedAt = now, LastActivityAt = now, LastPosterId = author,
        }).ToList();
        db.Threads.AddRange(threads);
        var articles = Enum.GetValues<ArticleCategory>().SelectMany((category, c) => Enumerable.Range(0, 2).Select(i => new Article
        {
            Title = $"Article {c} {i}", Slug = $"article-{c}-{i}", Category = category, AuthorId = author, UpdatedById = author, CreatedAt = now, UpdatedAt = now,
        })).ToList();
        db.Articles.AddRange(articles);
        var owned = Enumerable.Range(0, 4).Select(i => new OwnerEvent
        {
            Title = "Event " + i, Slug = "event-" + i, TimeZoneId = calendar.Zone.Id, City = EventCities[i % 2], CreatedById = author,
            StartsAt = now.AddDays(i - 2), EndsAt = now.AddDays(i - 2).AddHours(2), Capacity = 100, Status = EventStatus.Published,
        }).ToList();
        db.Events.AddRange(owned);
        await db.SaveChangesAsync();
        Events = [.. owned.Select(e => e.Id)];

        var code = 0;
        foreach (var ev in owned)
        {
            foreach (var member in ids.Where(_ => random.Next(3) == 0))
            {
                var signedUp = Instant(random.Next(0, 60));
                var status = (SignupStatus)random.Next(0, 3);
                db.EventSignups.Add(new EventSignup
                {
                    EventId = ev.Id, MemberId = member, Status = status, Code = (++code).ToString("D6", CultureInfo.InvariantCulture), SignedUpAt = signedUp,
                    ConfirmedAt = status == SignupStatus.Confirmed ? signedUp : null,
                    CheckedInAt = status == SignupStatus.Confirmed && random.Next(2) == 0 ? Instant(random.Next(0, 60)) : null,
                });
            }
        }

        await db.SaveChangesAsync();
        await WriteHistoryAsync(events, [.. threads.Select(t => t.Id)], [.. articles.Select(a => a.Id)]);

        // Stages as the maintenance would leave them, at random so every stage has members.
        foreach (var profile in await db.EngagementProfiles.ToListAsync())
        {
            profile.Stage = (LifecycleStage)random.Next(0, 4);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Everything a brute-force evaluation needs, as plain rows.</summary>
    public async Task<SegmentFacts> LoadAsync()
    {
        await using var db = database.CreateDbContext();
        var threadBoards = await db.Threads.ToDictionaryAsync(t => t.Id.ToString(CultureInfo.InvariantCulture), t => t.BoardId);
        var articleCategories = await db.Articles.ToDictionaryAsync(a => a.Id.ToString(CultureInfo.InvariantCulture), a => a.Category);
        return new SegmentFacts(
            Today,
            calendar,
            await db.Users.AsNoTracking().ToListAsync(),
            await db.Vehicles.AsNoTracking().ToListAsync(),
            await db.EngagementProfiles.AsNoTracking().ToListAsync(),
            await db.EngagementEvents.AsNoTracking().Where(e => e.MemberId != null).ToListAsync(),
            threadBoards,
            articleCategories,
            await db.EventSignups.AsNoTracking().Include(s => s.Event).ToListAsync());
    }

    private async Task WriteHistoryAsync(int count, IReadOnlyList<long> threads, IReadOnlyList<int> articles)
    {
        var events = new List<EngagementEvent>();
        for (var i = 0; i < count; i++)
        {
            var kind = Pick(Kinds);
            var (type, target) = kind switch
            {
                EngagementKinds.ArticleViewed => ("article", random.Next(8) == 0 ? "9999" : articles[random.Next(articles.Count)].ToString(CultureInfo.InvariantCulture)),
                EngagementKinds.EventWaitlisted => ("event", Events[random.Next(Events.Count)].ToString(CultureInfo.InvariantCulture)),
                EngagementKinds.NotificationOpened => ("notification", "1"),
                EngagementKinds.PageViewed => ("page", "/"),
                _ => ("thread", random.Next(8) == 0 ? "9999" : threads[random.Next(threads.Count)].ToString(CultureInfo.InvariantCulture)),
            };
            var at = Instant(random.Next(0, 60));
            events.Add(new EngagementEvent
            {
                At = at, Day = calendar.DayOf(at), Kind = kind, MemberId = Members[random.Next(Members.Count)], TargetType = type, TargetId = target,
                AccountAgeDays = 500, Stage = LifecycleStage.Active,
            });
        }

        var store = database.Get<IEngagementStore>();
        await store.WriteAsync(events[..(count / 2)], 0, CancellationToken.None);
        await store.WriteAsync(events[(count / 2)..], 0, CancellationToken.None);
    }

    /// <summary>A random instant on the local day <paramref name="daysAgo"/> days before today, never after now.</summary>
    private DateTimeOffset Instant(int daysAgo)
    {
        var start = calendar.StartOf(Today - daysAgo);
        var latest = daysAgo == 0 ? database.Clock.GetUtcNow() - start : TimeSpan.FromDays(1);
        return start + TimeSpan.FromSeconds(random.Next(0, (int)latest.TotalSeconds));
    }

    private T Pick<T>(T[] values) => values[random.Next(values.Length)];
}
