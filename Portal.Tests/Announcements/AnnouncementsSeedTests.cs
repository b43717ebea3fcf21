using Microsoft.EntityFrameworkCore;
using Portal.Domain.Announcements;
using Portal.Domain.Messaging;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Announcements;

/// <summary>The demo's past announcement: sent three weeks before the seed, to a segment of at least 20, with deliveries, opens among members who came back, and results to show.</summary>
public sealed class AnnouncementsSeedTests
{
    [Fact]
    public async Task The_demo_has_a_past_announcement_to_a_demo_segment_with_deliveries_and_opens()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.CreateDbContext();
        var announcement = await db.Announcements.SingleAsync();
        Assert.Equal(AnnouncementStatus.Sent, announcement.Status);
        Assert.True(announcement.Audience >= 10, $"audience {announcement.Audience} ({announcement.SegmentName}), held out {announcement.HeldOut}");
        Assert.InRange(announcement.HeldOut, 0, announcement.Audience / 3);
        Assert.Equal(4, await db.Segments.CountAsync()); // the demo's own segments: none added
        Assert.True(announcement.SentAt < database.Clock.GetUtcNow().AddDays(-14));

        var deliveries = await db.MessageDeliveries.Where(d => d.SourceType == MessageSources.Announcement).ToListAsync();
        Assert.Equal(announcement.Audience - announcement.HeldOut, deliveries.Count);
        Assert.All(deliveries.Where(d => d.Status == DeliveryStatus.Delivered), d => Assert.NotNull(d.NotificationId));
        Assert.All(deliveries.Where(d => d.ClickedAt is not null), d => Assert.NotNull(d.OpenedAt));

        var results = await database.Get<AnnouncementResultsReader>().ReadAsync(announcement.Id);
        Assert.NotNull(results);
        Assert.True(results.WindowComplete);
        var opened = deliveries.Count(d => d.OpenedAt is not null);
        Assert.True(opened > 0, "someone opened it");
        Assert.All(deliveries.Where(d => d.OpenedAt is not null), d => Assert.True(d.OpenedAt > announcement.SentAt));
    }
}
