using Microsoft.EntityFrameworkCore;
using Portal.Domain.Messaging;
using Portal.Domain.Notifications;

namespace Portal.Tests.Messaging;

/// <summary>
/// The guard rails on a real SQLite database with a fake clock (starting 2026-03-15 09:30 UTC, 17:30 in Shanghai): consent
/// and service notices, the weekly cap across sources, quiet hours in each member's zone, duplicate keys, the email channel
/// and the reach estimate.
/// </summary>
public sealed class MessageDispatcherTests : IAsyncLifetime
{
    private MessagingWorld world = default!;

    public async Task InitializeAsync() => world = await MessagingWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Marketing_needs_consent_and_a_service_notice_arrives_anyway()
    {
        var member = await world.MemberAsync(consent: false);

        var community = await world.SendOneAsync(world.Message(member, MessageCategory.Community));
        var events = await world.SendOneAsync(world.Message(member, MessageCategory.Events));
        var notice = await world.SendOneAsync(world.Message(member, MessageCategory.ServiceNotice));

        Assert.Equal((DispatchStatus.Suppressed, SuppressionReason.NoConsent), (community.Status, community.Reason));
        Assert.Equal((DispatchStatus.Suppressed, SuppressionReason.NoConsent), (events.Status, events.Reason));
        Assert.Equal(DispatchStatus.Queued, notice.Status);
        Assert.Null(notice.Reason);
        Assert.Equal(1, await world.Deliverer.DeliverDueAsync());

        // Every send is logged, the suppressed ones with their reason.
        await using var db = world.Database.CreateDbContext();
        var log = await db.MessageDeliveries.OrderBy(d => d.Id).Select(d => new { d.Status, d.Reason }).ToListAsync();
        Assert.Equal(
            [(DeliveryStatus.Suppressed, (SuppressionReason?)SuppressionReason.NoConsent), (DeliveryStatus.Suppressed, SuppressionReason.NoConsent), (DeliveryStatus.Delivered, null)],
            log.Select(l => (l.Status, l.Reason)));
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.RecipientId == member && n.Kind == NotificationKind.Message));
    }

    [Fact]
    public async Task Consent_withdrawn_after_queueing_stops_the_marketing_message_at_delivery()
    {
        var member = await world.MemberAsync();
        Assert.Equal(DispatchStatus.Queued, (await world.SendOneAsync(world.Message(member))).Status);
        await using (var db = world.Database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == member).ExecuteUpdateAsync(s => s.SetProperty(u => u.MarketingConsentAt, (DateTimeOffset?)null));
        }

        Assert.Equal(0, await world.Deliverer.DeliverDueAsync());
        await using var read = world.Database.CreateDbContext();
        var row = await read.MessageDeliveries.SingleAsync();
        Assert.Equal((DeliveryStatus.Suppressed, SuppressionReason.NoConsent), (row.Status, row.Reason));
        Assert.False(await read.Notifications.AnyAsync());
    }

    [Fact]
    public async Task The_weekly_cap_counts_every_source_and_rolls_after_seven_days()
    {
        var member = await world.MemberAsync();
        var journey = world.Message(member) with { SourceType = MessageSources.Journey, SourceId = "3" };
        Assert.Equal(DispatchStatus.Queued, (await world.SendOneAsync(journey)).Status);
        await world.Deliverer.DeliverDueAsync();
        world.Database.Clock.Advance(TimeSpan.FromHours(1));

        // Two more pending ones (one from the same batch) fill the default cap of 3; the fourth is capped.
        var batch = await world.Dispatcher.EnqueueAsync([world.Message(member), world.Message(member, MessageCategory.Events), world.Message(member)]);
        Assert.Equal([DispatchStatus.Queued, DispatchStatus.Queued, DispatchStatus.Suppressed], batch.Select(o => o.Status));
        Assert.Equal(SuppressionReason.Capped, batch[2].Reason);

        // Service notices are outside the cap.
        Assert.Equal(DispatchStatus.Queued, (await world.SendOneAsync(world.Message(member, MessageCategory.ServiceNotice))).Status);

        // Six days on, the three are still inside the window; seven days after the first (but not the others), one slot is free.
        world.Database.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(SuppressionReason.Capped, (await world.SendOneAsync(world.Message(member))).Reason);
        world.Database.Clock.Advance(TimeSpan.FromHours(23.5));
        Assert.Equal(DispatchStatus.Queued, (await world.SendOneAsync(world.Message(member))).Status);
        Assert.Equal(SuppressionReason.Capped, (await world.SendOneAsync(world.Message(member))).Reason);
    }

    [Fact]
    public async Task Quiet_hours_hold_a_message_until_the_morning_in_the_members_own_zone()
    {
        var shanghai = await world.MemberAsync(timeZone: "Asia/Shanghai");
        var berlin = await world.MemberAsync(timeZone: "Europe/Berlin");

        // 13:30 UTC: 21:30 in Shanghai (quiet), 14:30 in Berlin (not).
        world.Database.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 15, 13, 30, 0, TimeSpan.Zero));
        var outcomes = await world.Dispatcher.EnqueueAsync([world.Message(shanghai), world.Message(berlin)]);
        var shanghaiMorning = new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(shanghaiMorning, outcomes[0].DueAt);
        Assert.Equal(world.Database.Clock.GetUtcNow(), outcomes[1].DueAt);

        Assert.Equal(1, await world.Deliverer.DeliverDueAsync());
        Assert.Equal([berlin], await RecipientsAsync());

        // 22:00 UTC: 23:00 in Berlin (quiet until 08:00 Berlin = 07:00 UTC), still night in Shanghai (06:00) for the first one.
        world.Database.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 15, 22, 0, 0, TimeSpan.Zero));
        var late = await world.SendOneAsync(world.Message(berlin, MessageCategory.ServiceNotice));
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 7, 0, 0, TimeSpan.Zero), late.DueAt);
        Assert.Equal(0, await world.Deliverer.DeliverDueAsync());

        world.Database.Clock.SetUtcNow(shanghaiMorning);
        Assert.Equal(1, await world.Deliverer.DeliverDueAsync());
        world.Database.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 7, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await world.Deliverer.DeliverDueAsync());
        Assert.Equal(new[] { berlin, shanghai, berlin }.Order(), (await RecipientsAsync()).Order());
    }

    [Theory]
    [InlineData(21, "2026-03-15T20:59:00+08:00", "2026-03-15T20:59:00+08:00")]
    [InlineData(21, "2026-03-15T21:00:00+08:00", "2026-03-16T08:00:00+08:00")]
    [InlineData(21, "2026-03-16T03:15:00+08:00", "2026-03-16T08:00:00+08:00")]
    [InlineData(21, "2026-03-16T08:00:00+08:00", "2026-03-16T08:00:00+08:00")]
    [InlineData(1, "2026-03-16T00:30:00+08:00", "2026-03-16T00:30:00+08:00")]
    [InlineData(1, "2026-03-16T01:30:00+08:00", "2026-03-16T08:00:00+08:00")]
    public void Quiet_hours_across_midnight_and_within_a_day(int startHour, string at, string expected)
    {
        var released = QuietHours.Release(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), "Asia/Shanghai", TimeSpan.FromHours(startHour), TimeSpan.FromHours(8));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), released);
    }

    [Fact]
    public async Task The_same_key_never_delivers_twice_in_one_batch_or_across_calls()
    {
        var member = await world.MemberAsync();
        var message = world.Message(member, key: "journey:3:member:step-2");

        var first = await world.Dispatcher.EnqueueAsync([message, message]);
        Assert.Equal(DispatchStatus.Queued, first[0].Status);
        Assert.Equal((DispatchStatus.Suppressed, SuppressionReason.Duplicate), (first[1].Status, first[1].Reason));
        await world.Deliverer.DeliverDueAsync();

        var again = await world.SendOneAsync(message with { TitleEnglish = "Changed" });
        Assert.Equal(SuppressionReason.Duplicate, again.Reason);
        Assert.Equal(first[0].DeliveryId, again.DeliveryId);
        Assert.Equal(0, await world.Deliverer.DeliverDueAsync());

        await using var db = world.Database.CreateDbContext();
        Assert.Equal(1, await db.MessageDeliveries.CountAsync());
        Assert.Equal(1, await db.Notifications.CountAsync());
    }

    [Fact]
    public async Task An_unconfirmed_address_drops_only_the_email()
    {
        var member = await world.MemberAsync(confirmed: false);

        var both = await world.SendOneAsync(world.Message(member, channels: MessageChannels.InApp | MessageChannels.Email));
        var emailOnly = await world.SendOneAsync(world.Message(member, channels: MessageChannels.Email));

        Assert.Equal((DispatchStatus.Queued, MessageChannels.InApp, (SuppressionReason?)SuppressionReason.UnconfirmedEmail), (both.Status, both.Channels, both.Reason));
        Assert.Equal((DispatchStatus.Suppressed, (SuppressionReason?)SuppressionReason.UnconfirmedEmail), (emailOnly.Status, emailOnly.Reason));
    }

    [Fact]
    public async Task The_reach_estimate_counts_what_sending_would_do()
    {
        world.Database.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 15, 13, 30, 0, TimeSpan.Zero)); // 21:30 in Shanghai
        var optedOut = await world.MemberAsync(consent: false);
        var capped = await world.MemberAsync(timeZone: "Europe/Berlin");
        var night = await world.MemberAsync(timeZone: "Asia/Shanghai", confirmed: false);
        var day = await world.MemberAsync(timeZone: "Europe/London");
        await world.Dispatcher.EnqueueAsync([world.Message(capped), world.Message(capped), world.Message(capped)]);
        string[] members = [optedOut, capped, night, day, "no-such-member"];

        var community = await world.Dispatcher.EstimateAsync(members, MessageCategory.Community, MessageChannels.InApp | MessageChannels.Email, world.Database.Clock.GetUtcNow());
        Assert.Equal(new ReachEstimate(Members: 5, AfterOptOuts: 3, AfterCap: 2, WaitingForQuietHours: 1, ByEmail: 1), community);

        var notice = await world.Dispatcher.EstimateAsync(members, MessageCategory.ServiceNotice, MessageChannels.InApp, world.Database.Clock.GetUtcNow());
        Assert.Equal(new ReachEstimate(5, 4, 4, 2, 0), notice); // the opted-out member lives in Shanghai too

        // Sending really does that.
        var sent = await world.Dispatcher.EnqueueAsync(members.Select(m => world.Message(m, channels: MessageChannels.InApp | MessageChannels.Email)).ToList());
        Assert.Equal(2, sent.Count(o => o.Status == DispatchStatus.Queued));
        Assert.Equal(SuppressionReason.UnknownMember, sent[4].Reason);
    }

    private async Task<List<string>> RecipientsAsync()
    {
        await using var db = world.Database.CreateDbContext();
        return await db.Notifications.OrderBy(n => n.Id).Select(n => n.RecipientId).ToListAsync();
    }
}
