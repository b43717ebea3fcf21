using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Data;
using Portal.Domain.MemberMail;
using Portal.Domain.Messaging;
using Portal.Domain.Notifications;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.MemberMail;

/// <summary>The whole app in memory: a notification email's one-click POST turns its kind off without signing in; a GET only asks, naming the kind.</summary>
public sealed class UnsubscribeEndpointTests : IDisposable
{
    private readonly PortalAppFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task The_page_asks_about_the_kind_and_the_one_click_post_turns_that_kinds_email_off()
    {
        string member;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            member = await db.Users.Where(u => u.Email == DemoAccounts.OwnerEmail).Select(u => u.Id).SingleAsync();
        }

        var token = factory.Services.GetRequiredService<UnsubscribeTokens>().Create(member, NotificationKind.EventReminder);
        var client = factory.CreateFormClient().Http;

        var page = await client.GetStringAsync(MessagingUrls.Unsubscribe(token));
        Assert.Contains("Stop emails about “Event reminders”?", page, StringComparison.Ordinal);
        Assert.Contains("unsubscribe-confirm", page, StringComparison.Ordinal);
        Assert.Equal(MessageChannels.InApp | MessageChannels.Email, await ChannelsAsync(member));

        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" });
        var post = await client.PostAsync(MessagingUrls.OneClickUnsubscribe(token), body);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(MessageChannels.InApp, await ChannelsAsync(member));

        var done = await client.GetStringAsync(UrlQueryDone(token));
        Assert.Contains("no more emails about “Event reminders”", done, StringComparison.Ordinal);
    }

    private static string UrlQueryDone(string token) => Portal.Domain.UrlQuery.Append(MessagingUrls.Unsubscribe(token), ("done", "true"));

    private async Task<MessageChannels> ChannelsAsync(string member)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<MailPreferences>().GetAsync(member)).Channels[NotificationKind.EventReminder];
    }
}
