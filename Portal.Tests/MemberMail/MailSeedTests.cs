using Microsoft.EntityFrameworkCore;
using Portal.Domain.MemberMail;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.MemberMail;

/// <summary>The demo community: every member on the default preferences, and seeding queues no email (its notifications are history).</summary>
public sealed class MailSeedTests
{
    [Fact]
    public async Task Seeding_queues_no_email_and_leaves_every_member_on_the_defaults()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.CreateDbContext();

        Assert.Equal(0, await db.MemberEmails.CountAsync());
        Assert.Equal(0, await db.NotificationPreferences.CountAsync());
        Assert.True(await db.Notifications.AnyAsync(), "the demo has notifications in the bell");
        var owner = await db.Users.Where(u => u.Email == DemoAccounts.OwnerEmail).Select(u => u.Id).SingleAsync();
        var preferences = await database.Get<MailPreferences>().GetAsync(owner);
        Assert.Equal(MailDefaults.Digest, preferences.Digest);
        Assert.All(preferences.Channels, c => Assert.Equal(MailDefaults.Channels(c.Key), c.Value));
    }
}
