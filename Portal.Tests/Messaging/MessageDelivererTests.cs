using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Portal.Domain.Activity;
using Portal.Domain.Email;
using Portal.Domain.Messaging;
using Portal.Domain.Notifications;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Messaging;

/// <summary>
/// Delivering the queue with a fake clock: the notification in the member's language and the live bell, batches, a new
/// pass (a restart) delivering nothing twice, and the email in the pickup folder with its one-click unsubscribe link and
/// the RFC 8058 headers.
/// </summary>
public sealed class MessageDelivererTests : IAsyncLifetime
{
    private MessagingWorld world = default!;

    public async Task InitializeAsync() => world = await MessagingWorld.CreateAsync(services => services.Configure<MessagingOptions>(o => o.DeliveryBatchSize = 7));

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Each_member_gets_a_notification_in_their_language_and_their_bell_hears_of_it()
    {
        var english = await world.MemberAsync();
        var chinese = await world.MemberAsync(culture: "zh-CN");
        var bells = new ConcurrentBag<string>();
        using var subscription = world.Database.Get<IActivityBus>().Subscribe(
            a => { bells.Add(a.Target.Id); return ValueTask.CompletedTask; },
            a => a.Kind == ActivityKinds.NotificationCreated);

        var outcomes = await world.Dispatcher.EnqueueAsync([world.Message(english), world.Message(chinese)]);
        Assert.Equal(2, await world.Deliverer.DeliverDueAsync());

        await using var db = world.Database.CreateDbContext();
        var notifications = await db.Notifications.OrderBy(n => n.Id).ToListAsync();
        Assert.Equal(["Winter tyres clinic", "冬季轮胎讲座"], notifications.Select(n => n.Subject));
        Assert.All(notifications, n => Assert.Equal(NotificationKind.Message, n.Kind));
        Assert.Equal([MessagingUrls.Message(outcomes[0].DeliveryId!.Value), MessagingUrls.Message(outcomes[1].DeliveryId!.Value)], notifications.Select(n => n.Url));
        var rows = await db.MessageDeliveries.OrderBy(d => d.Id).ToListAsync();
        Assert.All(rows, r => Assert.Equal(DeliveryStatus.Delivered, r.Status));
        Assert.Equal(notifications.Select(n => (long?)n.Id), rows.Select(r => r.NotificationId));
        await Eventually.TrueAsync(() => bells.Count == 2, "both bells told");
        Assert.Equal(new[] { english, chinese }.Order(), bells.Order());
    }

    [Fact]
    public async Task Batches_deliver_everything_once_and_a_restart_delivers_nothing_again()
    {
        var members = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            members.Add(await world.MemberAsync());
        }

        await world.Dispatcher.EnqueueAsync(members.Select(m => world.Message(m)).ToList());
        Assert.Equal(10, await world.Deliverer.DeliverDueAsync()); // batches of 7 and 3

        // A restart: a new scope and a new deliverer find nothing left to do.
        await using (var scope = world.Database.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<MessageDeliverer>().DeliverDueAsync());
        }

        await using var db = world.Database.CreateDbContext();
        Assert.Equal(members.Order(), (await db.Notifications.Select(n => n.RecipientId).ToListAsync()).Order());
    }

    [Fact]
    public async Task The_email_carries_a_one_click_unsubscribe_link_and_both_headers()
    {
        var member = await world.MemberAsync(culture: "zh-CN");
        var outcome = await world.SendOneAsync(world.Message(member, channels: MessageChannels.InApp | MessageChannels.Email));
        await world.Deliverer.DeliverDueAsync();

        var email = await SingleEmailAsync();
        Assert.Equal("冬季轮胎讲座", email.Subject);
        var listUnsubscribe = email.Headers[HeaderId.ListUnsubscribe] ?? "";
        Assert.StartsWith("<http://localhost/unsubscribe/", listUnsubscribe, StringComparison.Ordinal);
        Assert.EndsWith("/one-click>", listUnsubscribe, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", email.Headers["List-Unsubscribe-Post"]);

        var token = Uri.UnescapeDataString(listUnsubscribe["<http://localhost/unsubscribe/".Length..^"/one-click>".Length]);
        var tokens = world.Database.Get<UnsubscribeTokens>();
        Assert.Equal(member, tokens.MemberIdOf(token));
        Assert.Null(tokens.MemberIdOf(token[..^2] + (token[^2] == 'A' ? "BB" : "AA")));
        Assert.Null(tokens.MemberIdOf("not a token"));

        // The body: the member's language, the Markdown rendered, site links absolute, the way back to the message, the footer and the same link.
        var html = email.HtmlBody;
        Assert.Contains("<strong>讲座</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/events/1/clinic\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"http://localhost{MessagingUrls.Message(outcome.DeliveryId!.Value)}\"", html, StringComparison.Ordinal);
        Assert.Contains("你收到这封邮件，是因为你同意接收 Aurelia 车主社区的社区消息。", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"http://localhost{MessagingUrls.Unsubscribe(token)}\"", html, StringComparison.Ordinal);

        await using var db = world.Database.CreateDbContext();
        Assert.NotNull((await db.MessageDeliveries.SingleAsync()).EmailSentAt);
    }

    [Fact]
    public async Task A_service_notice_says_why_it_came_and_has_no_unsubscribe()
    {
        var member = await world.MemberAsync(consent: false);
        await world.SendOneAsync(world.Message(member, MessageCategory.ServiceNotice, MessageChannels.Email));
        await world.Deliverer.DeliverDueAsync();

        var email = await SingleEmailAsync();
        Assert.Equal("Winter tyres clinic", email.Subject);
        Assert.Null(email.Headers[HeaderId.ListUnsubscribe]);
        Assert.Contains("It reaches you even when marketing messages are turned off.", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_email_is_recorded_and_never_sent_twice()
    {
        await using var failing = await MessagingWorld.CreateAsync(services => services.AddSingleton<IEmailTransport, FailingTransport>());
        var member = await failing.MemberAsync();
        await failing.SendOneAsync(failing.Message(member, channels: MessageChannels.InApp | MessageChannels.Email));

        Assert.Equal(1, await failing.Deliverer.DeliverDueAsync());
        Assert.Equal(0, await failing.Deliverer.DeliverDueAsync());

        await using var db = failing.Database.CreateDbContext();
        var row = await db.MessageDeliveries.SingleAsync();
        Assert.Equal(DeliveryStatus.Delivered, row.Status);
        Assert.Equal("SMTP server said no", row.EmailError);
        Assert.Equal(1, ((FailingTransport)failing.Database.Get<IEmailTransport>()).Attempts);
        Assert.Equal(1, await db.Notifications.CountAsync());
    }

    private async Task<MimeMessage> SingleEmailAsync()
    {
        var files = Directory.GetFiles(world.Database.Paths.MailPickup, "*.eml");
        return await MimeMessage.LoadAsync(Assert.Single(files));
    }

    private sealed class FailingTransport : IEmailTransport
    {
        public int Attempts { get; private set; }

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            Attempts++;
            throw new InvalidOperationException("SMTP server said no");
        }
    }
}
