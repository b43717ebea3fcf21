using Microsoft.EntityFrameworkCore;
using Portal.Domain.MemberMail;
using Portal.Domain.Notifications;
using Portal.Tests.Events;
using Portal.Tests.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.MemberMail;

/// <summary>The features queue their emails in their own transactions: a confirmed sign-up, a promotion, a reply to a followed thread.</summary>
public sealed class FeatureMailTests
{
    [Fact]
    public async Task A_confirmed_sign_up_queues_its_confirmation_email_and_a_waitlisted_one_waits_for_the_promotion()
    {
        await using var world = await EventWorld.CreateAsync();
        var eventId = await world.PublishedAsync(world.Draft(capacity: 1));
        var members = await world.MembersAsync(2);
        await ConfirmAsync(world.Database, members);

        await world.SignUpAsync(members[0], eventId);
        await world.SignUpAsync(members[1], eventId); // the one seat is taken: waitlisted
        await using (var db = world.Database.CreateDbContext())
        {
            var first = await db.MemberEmails.SingleAsync();
            Assert.Equal((members[0], NotificationKind.EventSignedUp, (int?)eventId), (first.MemberId, first.Kind, first.EventId));
            Assert.False(await db.Notifications.AnyAsync(n => n.Kind == NotificationKind.EventSignedUp), "the confirmation is an email only by default");
        }

        Assert.True((await world.Signups.CancelAsync(members[0], eventId)).Succeeded);

        await using var check = world.Database.CreateDbContext();
        var promoted = await check.MemberEmails.OrderBy(e => e.Id).LastAsync();
        Assert.Equal((members[1], NotificationKind.EventPromoted, (int?)eventId), (promoted.MemberId, promoted.Kind, promoted.EventId));
        Assert.True(await check.Notifications.AnyAsync(n => n.RecipientId == members[1] && n.Kind == NotificationKind.EventPromoted));
    }

    [Fact]
    public async Task A_reply_queues_an_email_with_the_post_for_each_confirmed_follower()
    {
        await using var world = await ForumWorld.CreateAsync();
        var author = await world.VeteranAsync("Li Na");
        var replier = await world.VeteranAsync("Wang Wei");
        await ConfirmAsync(world.Database, [author, replier]);
        var thread = await world.ThreadAsync(author);

        var reply = await world.ReplyAsync(replier, thread.ThreadId, "About **15%** in January.");

        await using var db = world.Database.CreateDbContext();
        var email = await db.MemberEmails.SingleAsync();
        Assert.Equal((author, NotificationKind.Reply, replier, reply.Url, "About **15%** in January.", MemberEmailStatus.Queued),
            (email.MemberId, email.Kind, email.ActorId, email.Url, email.Excerpt, email.Status));
    }

    private static async Task ConfirmAsync(TestDatabase database, IReadOnlyCollection<string> members)
    {
        await using var db = database.CreateDbContext();
        await db.Users.Where(u => members.Contains(u.Id)).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, true));
    }
}
