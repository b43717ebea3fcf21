using Microsoft.EntityFrameworkCore;
using Portal.Domain.MemberMail;
using Portal.Domain.Messaging;
using Portal.Domain.Notifications;

namespace Portal.Tests.MemberMail;

/// <summary>
/// Per-kind preferences: the defaults, saving only what differs, and what the writer does for each channel (the bell, the
/// outbox, both, neither), never queueing email for an unconfirmed address.
/// </summary>
public sealed class MailPreferencesTests : IAsyncLifetime
{
    private MailWorld world = default!;

    public async Task InitializeAsync() => world = await MailWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task A_member_who_never_chose_gets_the_defaults()
    {
        var member = await world.MemberAsync();

        var preferences = await world.Preferences.GetAsync(member);

        Assert.Equal(MailDefaults.Choosable, preferences.Channels.Keys);
        Assert.Equal(MessageChannels.InApp | MessageChannels.Email, preferences.Channels[NotificationKind.Reply]);
        Assert.Equal(MessageChannels.InApp | MessageChannels.Email, preferences.Channels[NotificationKind.Mention]);
        Assert.Equal(MessageChannels.InApp | MessageChannels.Email, preferences.Channels[NotificationKind.EventReminder]);
        Assert.Equal(MessageChannels.InApp, preferences.Channels[NotificationKind.Reaction]);
        Assert.Equal(MessageChannels.Email, preferences.Channels[NotificationKind.EventSignedUp]);
        Assert.Equal(DigestFrequency.Weekly, preferences.Digest);
    }

    [Fact]
    public async Task Saving_keeps_the_choices_and_stores_only_what_differs_from_the_defaults()
    {
        var member = await world.MemberAsync();
        var current = await world.Preferences.GetAsync(member);
        var channels = current.Channels.ToDictionary(c => c.Key, c => c.Value);
        channels[NotificationKind.Reply] = MessageChannels.InApp;
        channels[NotificationKind.Reaction] = MessageChannels.None;

        await world.Preferences.SaveAsync(member, new MailPreferenceSet(channels, DigestFrequency.Daily));
        await world.Preferences.SaveAsync(member, new MailPreferenceSet(channels, DigestFrequency.Daily)); // saving twice changes nothing

        var saved = await world.Preferences.GetAsync(member);
        Assert.Equal(MessageChannels.InApp, saved.Channels[NotificationKind.Reply]);
        Assert.Equal(MessageChannels.None, saved.Channels[NotificationKind.Reaction]);
        Assert.Equal(DigestFrequency.Daily, saved.Digest);
        await using var db = world.Database.CreateDbContext();
        Assert.Equal([NotificationKind.Reply, NotificationKind.Reaction], (await db.NotificationPreferences.Where(p => p.MemberId == member).Select(p => p.Kind).ToListAsync()).Order());
        Assert.Equal(DigestFrequency.Daily, (await db.DigestPreferences.SingleAsync(p => p.MemberId == member)).Frequency);
    }

    [Theory]
    [InlineData(MessageChannels.InApp, true, false)]
    [InlineData(MessageChannels.Email, false, true)]
    [InlineData(MessageChannels.InApp | MessageChannels.Email, true, true)]
    [InlineData(MessageChannels.None, false, false)]
    public async Task The_preference_decides_the_bell_and_the_email(MessageChannels channels, bool bell, bool email)
    {
        var actor = await world.MemberAsync();
        var member = await world.MemberAsync();
        await ChooseAsync(member, NotificationKind.Reply, channels);

        var told = await WriteAsync(member, actor, NotificationKind.Reply);

        Assert.Equal(bell, told.Contains(member));
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(bell, await db.Notifications.AnyAsync(n => n.RecipientId == member && n.Kind == NotificationKind.Reply));
        var queued = await db.MemberEmails.Where(e => e.MemberId == member).ToListAsync();
        Assert.Equal(email, queued.Count == 1);
        if (email)
        {
            var row = queued[0];
            Assert.Equal((NotificationKind.Reply, actor, "Winter range", "/t/1/winter-range#post-2", "I lose **20%**", MemberEmailStatus.Queued),
                (row.Kind, row.ActorId, row.Subject, row.Url, row.Excerpt, row.Status));
        }
    }

    [Fact]
    public async Task Nothing_is_queued_for_an_unconfirmed_address_but_the_bell_still_rings()
    {
        var actor = await world.MemberAsync();
        var unconfirmed = await world.MemberAsync(confirmed: false);

        var told = await WriteAsync(unconfirmed, actor, NotificationKind.Mention);

        Assert.Equal([unconfirmed], told);
        Assert.Empty(await world.OutboxAsync());
    }

    [Fact]
    public async Task The_actor_gets_nothing_and_each_member_follows_their_own_choice()
    {
        var actor = await world.MemberAsync();
        var quiet = await world.MemberAsync();
        var keen = await world.MemberAsync();
        await ChooseAsync(quiet, NotificationKind.Reaction, MessageChannels.None);
        await ChooseAsync(keen, NotificationKind.Reaction, MessageChannels.InApp | MessageChannels.Email);

        await using (var db = world.Database.CreateDbContext())
        {
            Assert.Equal([keen], await NotificationWriter.AddAsync(db, [quiet, keen, actor], NotificationKind.Reaction, actor, "Winter range", "/t/1", world.Database.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        Assert.Equal([keen], (await world.OutboxAsync()).Select(e => e.MemberId));
    }

    private async Task ChooseAsync(string member, NotificationKind kind, MessageChannels channels)
    {
        var current = await world.Preferences.GetAsync(member);
        await world.Preferences.SaveAsync(member, current with { Channels = current.Channels.ToDictionary(c => c.Key, c => c.Key == kind ? channels : c.Value) });
    }

    private async Task<IReadOnlyList<string>> WriteAsync(string member, string actor, NotificationKind kind)
    {
        await using var db = world.Database.CreateDbContext();
        var told = await NotificationWriter.AddAsync(db, [member], kind, actor, "Winter range", "/t/1/winter-range#post-2", world.Database.Clock.GetUtcNow(), excerpt: "I lose **20%**");
        await db.SaveChangesAsync();
        return told;
    }
}
