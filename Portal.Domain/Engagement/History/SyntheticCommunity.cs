using Microsoft.AspNetCore.Identity;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Garage;
using Portal.Domain.Seeding;

namespace Portal.Domain.Engagement.History;

/// <summary>
/// A made-up community of any size for the large-history generator, its benchmark and tests: owners with cars, inserted
/// in bulk (a few thousand per save), and content ids (threads, articles, events) spread over a period. Content exists
/// only as ids: the engagement rollups never join to it.
/// </summary>
public static class SyntheticCommunity
{
    private const int MembersPerSave = 2_000;

    /// <summary>Inserts <paramref name="count"/> owners who joined over the last three years, most with one car, some verified; returns their ids.</summary>
    public static async Task<List<string>> AddMembersAsync(PortalDbContext db, int count, DateTimeOffset now, Random random, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(random);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var ids = new List<string>(count);
        var cities = DemoNames.ChineseCities.Concat(DemoNames.EnglishCities).ToArray();
        for (var i = 0; i < count; i++)
        {
            var email = $"owner{i:00000}@synthetic.portal.test";
            var user = new PortalUser
            {
                Id = HistoryRandom.MemberId(random),
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                SecurityStamp = Guid.NewGuid().ToString(),
                DisplayName = $"Owner {i}",
                City = random.NextDouble() < 0.9 ? cities[random.Next(cities.Length)] : null,
                JoinedAt = now.AddDays(-random.Next(1, 1100)).AddMinutes(-random.Next(0, 1440)),
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = Roles.Ids[Roles.Owner] });
            for (var car = random.Next(0, 10) switch { 0 => 0, < 8 => 1, _ => 2 }; car > 0; car--)
            {
                var model = ModelCatalog.Models[random.Next(ModelCatalog.Models.Count)];
                var added = user.JoinedAt.AddDays(random.Next(0, 20));
                db.Vehicles.Add(new Vehicle
                {
                    OwnerId = user.Id,
                    ModelId = model.Id,
                    Year = model.LastYear ?? now.Year,
                    AddedAt = added < now ? added : now,
                    VerifiedAt = random.NextDouble() < 0.5 ? (added < now ? added : now) : null,
                });
            }

            ids.Add(user.Id);
            if (ids.Count % MembersPerSave == 0 || i == count - 1)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        return ids;
    }

    /// <summary>
    /// For a history of about <paramref name="events"/> events over <paramref name="days"/> days up to <paramref name="until"/>:
    /// a thread for every thousand events, started over the period by random members, an article every few days and two
    /// events a week (the last of them still to come).
    /// </summary>
    public static HistoryContent Content(IReadOnlyList<string> memberIds, long events, int days, DateTimeOffset until, Random random)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        ArgumentNullException.ThrowIfNull(random);
        var from = until.AddDays(-days);
        DateTimeOffset Within(int spanDays) => from.AddMinutes(random.NextDouble() * spanDays * 24 * 60);
        var threads = Enumerable.Range(1, (int)Math.Max(10, events / 1_000))
            .Select(id => new HistoryThread(id, Within(days), memberIds[random.Next(memberIds.Count)]))
            .ToList();
        var articles = Enumerable.Range(1, Math.Max(5, days / 3)).Select(id => new HistoryArticle(id, Within(days))).ToList();
        var owners = Enumerable.Range(1, Math.Max(4, days * 2 / 7)).Select(id => new HistoryEvent(id, Within(days + 30), Attendees: null)).ToList();
        return new HistoryContent(threads, articles, owners);
    }
}
