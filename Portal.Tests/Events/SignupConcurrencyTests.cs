using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Events;
using Xunit.Abstractions;

namespace Portal.Tests.Events;

/// <summary>
/// 300 members sign up for a 50-seat event at the same moment, through the domain service, on a real SQLite file,
/// several times over: exactly 50 seats are confirmed, and everyone else waits in the order they took the event's lock.
/// </summary>
public sealed class SignupConcurrencyTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const int Repeats = 5;
    private const int Contenders = 300;
    private const int Seats = 50;

    private EventWorld world = default!;

    public async Task InitializeAsync() => world = await EventWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Three_hundred_concurrent_signups_for_fifty_seats_confirm_exactly_fifty_and_waitlist_the_rest_in_arrival_order()
    {
        var members = await world.MembersAsync(Contenders);
        for (var round = 0; round < Repeats; round++)
        {
            var eventId = await world.PublishedAsync(world.Draft(capacity: Seats, maxGuests: 0));
            var stopwatch = Stopwatch.StartNew();
            using var start = new ManualResetEventSlim();
            var tasks = members.Select(m => Task.Run(async () =>
            {
                start.Wait();
                return await world.Signups.SignUpAsync(m, eventId, new SignupRequest(0));
            })).ToList();
            start.Set();
            var results = await Task.WhenAll(tasks);
            output.WriteLine($"round {round + 1}: {Contenders} sign-ups in {stopwatch.ElapsedMilliseconds} ms");

            Assert.All(results, r => Assert.True(r.Succeeded, string.Join(", ", r.Problems.Select(p => p.Code))));
            Assert.Equal(Seats, results.Count(r => r.Value!.Status == SignupStatus.Confirmed));
            Assert.Equal(Contenders - Seats, results.Count(r => r.Value!.Status == SignupStatus.Waitlisted));
            Assert.Equal(Seats, await world.ConfirmedSeatsAsync(eventId));

            await using var db = world.Database.CreateDbContext();
            var rows = await db.EventSignups.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.Sequence).ToListAsync();
            Assert.Equal(Contenders, rows.Count);
            Assert.Equal(Enumerable.Range(1, Contenders).Select(i => (long)i), rows.Select(r => r.Sequence));

            // Arrival order: the first 50 to take the lock are confirmed, and each waiting member's position is its place after them.
            Assert.All(rows.Take(Seats), r => Assert.Equal(SignupStatus.Confirmed, r.Status));
            Assert.All(rows.Skip(Seats), r => Assert.Equal(SignupStatus.Waitlisted, r.Status));
            var positions = results.Where(r => r.Value!.Status == SignupStatus.Waitlisted).ToDictionary(r => r.Value!.SignupId, r => r.Value!.WaitlistPosition);
            Assert.All(rows.Skip(Seats).Select((r, i) => (r, i)), x => Assert.Equal(x.i + 1, positions[x.r.Id]));
        }
    }

    [Fact]
    public async Task A_member_double_clicking_gets_one_signup()
    {
        var eventId = await world.PublishedAsync(world.Draft(capacity: 5));
        var member = (await world.MembersAsync(1))[0];

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => world.Signups.SignUpAsync(member, eventId, new SignupRequest(1)))));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Single(results.Select(r => r.Value!.SignupId).Distinct());
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(1, await db.EventSignups.CountAsync(s => s.EventId == eventId));
        Assert.Equal(2, await world.ConfirmedSeatsAsync(eventId));
    }
}
