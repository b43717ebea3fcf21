using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Portal.Domain.Email;
using Portal.Domain.MemberMail;
using Portal.Domain.Messaging;
using Portal.Domain.Notifications;
using Portal.Tests.Events;

namespace Portal.Tests.MemberMail;

/// <summary>
/// Sending the outbox with a fake clock: batches, a restart sending nothing twice (a claimed row is never sent again), an
/// address unconfirmed since queueing, a refusing transport; and the emails parsed back from the pickup folder: the
/// subject in the member's language, the RFC 8058 headers naming the kind, the quoted post, the .ics and the QR code.
/// </summary>
public sealed class MemberEmailDelivererTests : IAsyncLifetime
{
    private MailWorld world = default!;

    public async Task InitializeAsync() => world = await MailWorld.CreateAsync(services => services.Configure<MemberMailOptions>(o => o.BatchSize = 3));

    public async Task DisposeAsync() => await world.DisposeAsync();

    private MemberEmailDeliverer Deliverer => world.Database.Get<MemberEmailDeliverer>();

    [Fact]
    public async Task Batches_send_everything_once_and_a_restart_sends_nothing_again()
    {
        var actor = await world.MemberAsync(name: "Wang Wei");
        var members = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            members.Add(await world.MemberAsync());
        }

        await QueueReplyAsync(members, actor);
        Assert.Equal(7, await Deliverer.SendQueuedAsync()); // batches of 3, 3 and 1

        await using (var scope = world.Database.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<MemberEmailDeliverer>().SendQueuedAsync());
        }

        Assert.Equal(7, (await world.PickupAsync()).Count);
        Assert.All(await world.OutboxAsync(), e => Assert.Equal((MemberEmailStatus.Sent, world.Database.Clock.GetUtcNow()), (e.Status, e.SentAt!.Value)));
    }

    [Fact]
    public async Task A_row_claimed_before_a_crash_is_not_sent_again_and_an_address_unconfirmed_since_gets_nothing()
    {
        var actor = await world.MemberAsync();
        var crashed = await world.MemberAsync();
        var changedAddress = await world.MemberAsync();
        var fine = await world.MemberAsync();
        await QueueReplyAsync([crashed, changedAddress, fine], actor);
        await using (var db = world.Database.CreateDbContext())
        {
            // The claim committed, then the process died before the transport: it stays claimed.
            await db.MemberEmails.Where(e => e.MemberId == crashed).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, MemberEmailStatus.Sent));
            await db.Users.Where(u => u.Id == changedAddress).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false));
        }

        Assert.Equal(1, await Deliverer.SendQueuedAsync());

        var sent = Assert.Single(await world.PickupAsync());
        Assert.Equal($"member{4}@tests.portal.test", sent.To.Mailboxes.Single().Address);
        Assert.Equal(MemberEmailStatus.Skipped, (await world.OutboxAsync()).Single(e => e.MemberId == changedAddress).Status);
    }

    [Fact]
    public async Task A_refused_email_is_recorded_and_never_tried_again()
    {
        await using var failing = await MailWorld.CreateAsync(services => services.AddSingleton<IEmailTransport, RefusingTransport>());
        var actor = await failing.MemberAsync();
        var member = await failing.MemberAsync();
        await using (var db = failing.Database.CreateDbContext())
        {
            await NotificationWriter.AddAsync(db, [member], NotificationKind.Mention, actor, "Winter range", "/forums/t/1/winter-range", failing.Database.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        var deliverer = failing.Database.Get<MemberEmailDeliverer>();
        await deliverer.SendQueuedAsync();
        await deliverer.SendQueuedAsync();

        var row = Assert.Single(await failing.OutboxAsync());
        Assert.Equal((MemberEmailStatus.Failed, "The server said no"), (row.Status, row.Error));
        Assert.Equal(1, ((RefusingTransport)failing.Database.Get<IEmailTransport>()).Attempts);
    }

    [Fact]
    public async Task A_reply_email_reads_in_the_members_language_quotes_the_post_and_unsubscribes_from_replies_only()
    {
        var actor = await world.MemberAsync(name: "王伟");
        var member = await world.MemberAsync(culture: "zh-CN");
        await QueueReplyAsync([member], actor);
        await Deliverer.SendQueuedAsync();

        var email = Assert.Single(await world.PickupAsync());
        Assert.Equal("王伟 回复了“冬季续航”", email.Subject);
        var listUnsubscribe = email.Headers[HeaderId.ListUnsubscribe] ?? "";
        Assert.StartsWith("<http://localhost/unsubscribe/", listUnsubscribe, StringComparison.Ordinal);
        Assert.EndsWith("/one-click>", listUnsubscribe, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", email.Headers["List-Unsubscribe-Post"]);
        var token = Uri.UnescapeDataString(listUnsubscribe["<http://localhost/unsubscribe/".Length..^"/one-click>".Length]);
        Assert.Equal(new UnsubscribeRequest(member, NotificationKind.Reply), world.Database.Get<UnsubscribeTokens>().Read(token));

        var html = email.HtmlBody;
        Assert.Contains("我掉了大约 <strong>15%</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/forums/t/1/winter-range#post-2\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/account/profile#email-preferences\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"http://localhost{MessagingUrls.Unsubscribe(token)}\"", html, StringComparison.Ordinal);
        Assert.Contains("你关注的帖子有新回复", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_up_confirmation_carries_the_door_code_its_qr_code_and_the_ics()
    {
        await using var events = await EventWorld.CreateAsync();
        var eventId = await events.PublishedAsync();
        var member = (await events.MembersAsync(1))[0];
        await using (var db = events.Database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == member).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, true));
        }

        var signup = await events.SignUpAsync(member, eventId);
        Assert.Equal(1, await events.Database.Get<MemberEmailDeliverer>().SendQueuedAsync());

        var email = Assert.Single(await MailWorld.PickupAsync(events.Database));
        Assert.Equal("You’re signed up: Owners' meet-up at the West Bund", email.Subject);
        Assert.Contains($"Your door code: {signup.Code}", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("West Bund Art Centre, 2555 Longteng Ave, 上海", email.HtmlBody, StringComparison.Ordinal);

        var ics = Assert.Single(email.Attachments.OfType<MimePart>(), a => a.ContentType.IsMimeType("text", "calendar"));
        using var icsStream = new MemoryStream();
        await ics.Content!.DecodeToAsync(icsStream);
        var calendar = Calendar.Load(System.Text.Encoding.UTF8.GetString(icsStream.ToArray()))!;
        var entry = Assert.Single(calendar.Events);
        Assert.Equal("Owners' meet-up at the West Bund", entry.Summary);
        await using (var db = events.Database.CreateDbContext())
        {
            var starts = await db.Events.Where(e => e.Id == eventId).Select(e => e.StartsAt).SingleAsync();
            Assert.Equal(starts.UtcDateTime, entry.DtStart!.AsUtc);
        }

        var qr = Assert.Single(email.BodyParts.OfType<MimePart>(), p => p.ContentType.IsMimeType("image", "png"));
        Assert.Contains($"src=\"cid:{qr.ContentId}\"", email.HtmlBody, StringComparison.Ordinal);
        using var png = new MemoryStream();
        await qr.Content!.DecodeToAsync(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.ToArray()[..4]);
    }

    [Fact]
    public async Task The_organisers_message_is_quoted_and_a_cancellation_attaches_the_ics_that_cancels_it()
    {
        await using var events = await EventWorld.CreateAsync();
        var eventId = await events.PublishedAsync();
        var member = (await events.MembersAsync(1))[0];
        await using (var db = events.Database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == member).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, true).SetProperty(u => u.PreferredCulture, "zh-CN"));
        }

        await events.SignUpAsync(member, eventId);
        Assert.True((await events.Studio.MessageAttendeesAsync(events.EditorId, eventId, "Parking is at **gate 3**.")).Succeeded);
        Assert.True((await events.Studio.CancelAsync(events.EditorId, eventId)).Succeeded);
        Assert.Equal(3, await events.Database.Get<MemberEmailDeliverer>().SendQueuedAsync());

        var emails = await MailWorld.PickupAsync(events.Database);
        var message = emails.Single(e => e.Subject!.StartsWith("来自", StringComparison.Ordinal));
        Assert.Equal("来自“Owners' meet-up at the West Bund”组织者的消息", message.Subject);
        Assert.Contains("Parking is at <strong>gate 3</strong>.", message.HtmlBody, StringComparison.Ordinal);
        var cancelled = emails.Single(e => e.Subject == "活动已取消：Owners' meet-up at the West Bund");
        Assert.Contains("组织者已取消本次活动", cancelled.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("入场码", cancelled.HtmlBody, StringComparison.Ordinal);
        var ics = Assert.Single(cancelled.Attachments.OfType<MimePart>(), a => a.ContentType.IsMimeType("text", "calendar"));
        using var stream = new MemoryStream();
        await ics.Content!.DecodeToAsync(stream);
        Assert.Equal("CANCELLED", Assert.Single(Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()))!.Events).Status);
    }

    private async Task QueueReplyAsync(IReadOnlyList<string> members, string actor)
    {
        await using var db = world.Database.CreateDbContext();
        var excerpt = "我掉了大约 **15%**";
        await NotificationWriter.AddAsync(db, members, NotificationKind.Reply, actor, "冬季续航", "/forums/t/1/winter-range#post-2", world.Database.Clock.GetUtcNow(), excerpt: excerpt);
        await db.SaveChangesAsync();
    }

    private sealed class RefusingTransport : IEmailTransport
    {
        public int Attempts { get; private set; }

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            Attempts++;
            throw new InvalidOperationException("The server said no");
        }
    }
}
