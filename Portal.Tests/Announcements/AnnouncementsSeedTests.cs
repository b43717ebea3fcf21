using Microsoft.EntityFrameworkCore;
using Portal.Domain.Announcements;
using Portal.Domain.Messaging;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Announcements;

/// <summary>The demo's past announcement: sent three weeks before the seed, to a segment of at least 20, with deliveries, opens among members who came back, and results to show.</summary>
public sealed class AnnouncementsSeedTests
{
    [Fact]
    public async Task The_demo_has_a_past_announcement_whose_opens_agree_with_who_came_back()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.CreateDbContext();
        var announcement = await db.Announcements.SingleAsync();
        Assert.Equal(AnnouncementStatus.Sent, announcement.Status);
        Assert.True(announcement.Audience >= 20, $"audience {announcement.Audience}");
        Assert.InRange(announcement.HeldOut, 1, announcement.Audience / 4);
        Assert.True(announcement.SentAt < database.Clock.GetUtcNow().AddDays(-14));

        var deliveries = await db.MessageDeliveries.Where(d => d.SourceType == MessageSources.Announcement).ToListAsync();
        Assert.Equal(announcement.Audience - announcement.HeldOut, deliveries.Count);
        Assert.All(deliveries.Where(d => d.Status == DeliveryStatus.Delivered), d => Assert.NotNull(d.NotificationId));
        Assert.All(deliveries.Where(d => d.ClickedAt is not null), d => Assert.NotNull(d.OpenedAt));
        Assert.Contains(deliveries, d => d.Reason == SuppressionReason.NoConsent);

        var results = await database.Get<AnnouncementResultsReader>().ReadAsync(announcement.Id);
        Assert.NotNull(results);
        Assert.True(results.WindowComplete);
        Assert.True(results.Opened > 0 && results.Opened <= results.Treated.CameBack, $"opened {results.Opened}, came back {results.Treated.CameBack}");
        Assert.NotNull(results.Treated.CameBack);
    }
}
