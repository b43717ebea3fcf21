using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Messaging;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Messaging;

/// <summary>
/// The whole app in memory: the one-click unsubscribe (RFC 8058 POST without cookies or antiforgery, the page that asks
/// first, forged tokens refused), the message page marking a delivery opened, and the click redirect that is never open.
/// </summary>
public sealed class MessageEndpointTests : IDisposable
{
    // Quiet hours off (start = end), so a message sent at any real time of day is due at once.
    private readonly PortalAppFactory factory = PortalAppFactory.With(new Dictionary<string, string?>
    {
        ["Portal:Messaging:QuietHoursStart"] = "00:00:00",
        ["Portal:Messaging:QuietHoursEnd"] = "00:00:00",
    });

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_one_click_post_with_the_token_turns_marketing_off_without_signing_in()
    {
        var member = await MemberIdAsync("owner@demo.portal.test");
        await SetConsentAsync(member, true);
        var token = factory.Services.GetRequiredService<UnsubscribeTokens>().Create(member);
        var client = factory.CreateFormClient().Http;

        // A GET (a mail scanner following the link) only shows the question.
        var page = await client.GetAsync(MessagingUrls.Unsubscribe(token));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("unsubscribe-confirm", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var get = await client.GetAsync(MessagingUrls.OneClickUnsubscribe(token));
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.NotNull(await ConsentAsync(member));

        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" });
        var post = await client.PostAsync(MessagingUrls.OneClickUnsubscribe(token), body);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Null(await ConsentAsync(member));
    }

    [Fact]
    public async Task The_pages_button_unsubscribes_and_shows_it_and_a_forged_token_changes_nothing()
    {
        var member = await MemberIdAsync(DemoAccounts.EditorEmail);
        await SetConsentAsync(member, true);
        var token = factory.Services.GetRequiredService<UnsubscribeTokens>().Create(member);
        var client = factory.CreateFormClient().Http;

        var forged = token[..^3] + (token[^3] == 'x' ? "yyy" : "xxx");
        using (var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(MessagingUrls.OneClickUnsubscribe(forged), body)).StatusCode);
        }

        Assert.Contains("unsubscribe-invalid", await client.GetStringAsync(MessagingUrls.Unsubscribe(forged)), StringComparison.Ordinal);
        Assert.NotNull(await ConsentAsync(member));

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["fromPage"] = "1" });
        var post = await client.PostAsync(MessagingUrls.OneClickUnsubscribe(token), form);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal($"{MessagingUrls.Unsubscribe(token)}?done=true", post.Headers.Location?.OriginalString);
        Assert.Contains("unsubscribe-done", await client.GetStringAsync(post.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Null(await ConsentAsync(member));
    }

    [Fact]
    public async Task Opening_a_message_marks_it_opened_and_its_links_redirect_only_to_allowed_places()
    {
        var owner = await MemberIdAsync(DemoAccounts.OwnerEmail);
        var other = await MemberIdAsync(DemoAccounts.EditorEmail);
        long id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var message = new OutgoingMessage
            {
                MemberId = owner, Category = MessageCategory.ServiceNotice, Channels = MessageChannels.InApp,
                SourceType = MessageSources.Announcement, SourceId = "endpoint-test", IdempotencyKey = $"endpoint-test:{Guid.NewGuid():N}",
                TitleEnglish = "Recall check", TitleChinese = "召回检查",
                BodyEnglish = "Book a [check](/events) or read [elsewhere](https://evil.example/x).", BodyChinese = "预约[检查](/events)。",
                Link = "/events",
            };
            var outcome = (await scope.ServiceProvider.GetRequiredService<MessageDispatcher>().EnqueueAsync([message])).Single();
            id = outcome.DeliveryId!.Value;
            await scope.ServiceProvider.GetRequiredService<MessageDeliverer>().DeliverDueAsync();
            await Eventually.TrueAsync(async () => (await DeliveryAsync(id)).Status == DeliveryStatus.Delivered, "the message delivered");
        }

        var client = factory.CreateFormClient();
        await client.SignInAsync(DemoAccounts.OwnerEmail, DemoAccounts.Password);
        var html = await client.Http.GetStringAsync(MessagingUrls.Message(id));
        Assert.Contains("Recall check", html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(MessagingUrls.Click(id, "/events")), html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://evil.example/x\"", html, StringComparison.Ordinal); // shown untracked, never through the redirect
        Assert.NotNull((await DeliveryAsync(id)).OpenedAt);

        var evil = await client.Http.GetAsync(MessagingUrls.Click(id, "https://evil.example/x"));
        Assert.Equal(MessagingUrls.Message(id), evil.Headers.Location?.OriginalString);
        var protocolRelative = await client.Http.GetAsync(MessagingUrls.Click(id, "//evil.example/x"));
        Assert.Equal(MessagingUrls.Message(id), protocolRelative.Headers.Location?.OriginalString);
        Assert.Null((await DeliveryAsync(id)).ClickedAt);

        var good = await client.Http.GetAsync(MessagingUrls.Click(id, "/events"));
        Assert.Equal("/events", good.Headers.Location?.OriginalString);
        Assert.NotNull((await DeliveryAsync(id)).ClickedAt);

        // Someone else's message is not found, and nothing is recorded for them.
        var editorOpened = await OpenedCountAsync(other);
        var editor = factory.CreateFormClient();
        await editor.SignInAsync(DemoAccounts.EditorEmail, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Http.GetAsync(MessagingUrls.Click(id, "/events"))).StatusCode);
        Assert.Contains("This message is not here", await editor.Http.GetStringAsync(MessagingUrls.Message(id)), StringComparison.Ordinal);
        Assert.Equal(editorOpened, await OpenedCountAsync(other));
    }

    private async Task<int> OpenedCountAsync(string member)
    {
        await using var db = await Db();
        return await db.MessageDeliveries.CountAsync(d => d.MemberId == member && d.OpenedAt != null);
    }

    private async Task<MessageDelivery> DeliveryAsync(long id)
    {
        await using var db = await Db();
        return await db.MessageDeliveries.AsNoTracking().SingleAsync(d => d.Id == id);
    }

    private async Task<string> MemberIdAsync(string email)
    {
        await using var db = await Db();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<DateTimeOffset?> ConsentAsync(string member)
    {
        await using var db = await Db();
        return await db.Users.Where(u => u.Id == member).Select(u => u.MarketingConsentAt).SingleAsync();
    }

    private async Task SetConsentAsync(string member, bool consent)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MarketingConsent>().SetAsync(member, consent);
    }

    private async Task<PortalDbContext> Db() =>
        await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
}
