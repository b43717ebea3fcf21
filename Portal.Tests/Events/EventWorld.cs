using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Events;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Events;

/// <summary>A real, migrated database with an editor and builders for published events, for the event tests.</summary>
public sealed class EventWorld : IAsyncDisposable
{
    private EventWorld(TestDatabase database, string editorId, string operatorId)
    {
        Database = database;
        EditorId = editorId;
        OperatorId = operatorId;
    }

    public TestDatabase Database { get; }

    public string EditorId { get; }

    public string OperatorId { get; }

    public EventSignupService Signups => Database.Get<EventSignupService>();

    public EventStudio Studio => Database.Get<EventStudio>();

    public StudioEventReader StudioReader => Database.Get<StudioEventReader>();

    public EventReader Reader => Database.Get<EventReader>();

    /// <param name="configure">Last-minute changes to the services, e.g. an EF interceptor that counts commands.</param>
    public static async Task<EventWorld> CreateAsync(Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(configure);
        return new EventWorld(database, await database.CreateMemberAsync("Editor", Roles.Editor), await database.CreateMemberAsync("Operator", Roles.Operator));
    }

    /// <summary>
    /// A draft starting in ten days at 19:00 Shanghai time (or <paramref name="startsIn"/> from now, to the minute), two hours
    /// long, in Shanghai.
    /// </summary>
    public EventDraft Draft(int capacity = 10, int maxGuests = 2, bool waitlist = true, TimeSpan? startsIn = null) =>
        DraftAt(Database.Clock.GetUtcNow(), capacity, maxGuests, waitlist, startsIn);

    /// <summary>The same draft, seen from <paramref name="at"/> (for worlds that are not an <see cref="EventWorld"/>).</summary>
    public static EventDraft DraftAt(DateTimeOffset at, int capacity = 10, int maxGuests = 2, bool waitlist = true, TimeSpan? startsIn = null)
    {
        var now = TimeZoneInfo.ConvertTime(at, TimeZones.Find("Asia/Shanghai")).DateTime;
        var start = startsIn is { } soon ? now.Add(soon).AddSeconds(-now.Second).AddMilliseconds(-now.Millisecond) : now.Date.AddDays(10).AddHours(19);
        return new EventDraft
        {
            Title = "Owners' meet-up at the West Bund",
            Description = "Coffee, cars and **good company**.",
            StartsLocal = start,
            EndsLocal = start.AddHours(2),
            TimeZoneId = "Asia/Shanghai",
            City = "上海",
            Venue = "West Bund Art Centre",
            Address = "2555 Longteng Ave",
            Capacity = capacity,
            MaxGuests = maxGuests,
            WaitlistEnabled = waitlist,
        };
    }

    public async Task<int> PublishedAsync(EventDraft? draft = null)
    {
        var created = await Studio.CreateAsync(EditorId, draft ?? Draft());
        Assert.True(created.Succeeded, string.Join(", ", created.Problems.Select(p => p.Code)));
        Assert.True((await Studio.PublishAsync(EditorId, created.Value)).Succeeded);
        return created.Value;
    }

    /// <summary>Moves the clock to an hour before the event starts: the door is open (check-in opens three hours before).</summary>
    public async Task AtTheDoorAsync(int eventId)
    {
        await using var db = Database.CreateDbContext();
        var starts = await db.Events.Where(e => e.Id == eventId).Select(e => e.StartsAt).SingleAsync();
        Database.Clock.SetUtcNow(starts.AddHours(-1));
    }

    public async Task<List<string>> MembersAsync(int count, string prefix = "Owner")
    {
        var ids = new List<string>();
        await using var db = Database.CreateDbContext();
        for (var i = 0; i < count; i++)
        {
            var email = $"{prefix.ToLowerInvariant()}{i}.{Guid.NewGuid():N}@tests.portal.test";
            var user = new PortalUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
                SecurityStamp = Guid.NewGuid().ToString(), DisplayName = $"{prefix} {i}", JoinedAt = Database.Clock.GetUtcNow(),
            };
            db.Users.Add(user);
            ids.Add(user.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    public async Task<SignupOutcome> SignUpAsync(string memberId, int eventId, int guests = 0)
    {
        var result = await Signups.SignUpAsync(memberId, eventId, new SignupRequest(guests));
        Assert.True(result.Succeeded, string.Join(", ", result.Problems.Select(p => p.Code)));
        return result.Value!;
    }

    public async Task<int> ConfirmedSeatsAsync(int eventId)
    {
        await using var db = Database.CreateDbContext();
        return await db.EventSignups.Where(s => s.EventId == eventId && s.Status == SignupStatus.Confirmed).SumAsync(s => 1 + s.Guests);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
