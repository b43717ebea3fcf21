using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Content;
using Portal.Domain.Data;
using Portal.Domain.Notifications;

namespace Portal.Domain.Messaging;

/// <summary>
/// A member opening their own delivered messages (the first opening is recorded, and the message's notification is read)
/// and following their links (the first click is recorded). Someone else's message reads as missing.
/// </summary>
public sealed partial class MemberMessages(
    IDbContextFactory<PortalDbContext> contextFactory, MarkdownRenderer markdown, MessageLinkPolicy links, NotificationService notifications, TimeProvider clock)
{
    /// <summary>The message in English or Chinese, or null when it is not this member's delivered message.</summary>
    public async Task<MemberMessage?> OpenAsync(string memberId, long deliveryId, bool chinese, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.MessageDeliveries.AsNoTracking()
            .Where(d => d.Id == deliveryId && d.MemberId == memberId && d.Status == DeliveryStatus.Delivered)
            .Select(d => new { d.Category, d.Content, d.DeliveredAt, d.OpenedAt, d.NotificationId })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        if (row.OpenedAt is null)
        {
            var now = clock.GetUtcNow();
            await db.MessageDeliveries.Where(d => d.Id == deliveryId && d.OpenedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.OpenedAt, now), cancellationToken);
        }

        if (row.NotificationId is { } notificationId)
        {
            await notifications.MarkReadAsync(memberId, notificationId, cancellationToken);
        }

        var content = row.Content!;
        var body = Href().Replace(markdown.Render(content.Body(chinese)).Html, m => Tracked(deliveryId, WebUtility.HtmlDecode(m.Groups[1].Value)) is { } tracked
            ? $"href=\"{WebUtility.HtmlEncode(tracked)}\""
            : m.Value);
        var link = content.Link is { } target ? Tracked(deliveryId, target) : null;
        return new MemberMessage(deliveryId, row.Category, content.Title(chinese), body, link, row.DeliveredAt ?? default);
    }

    /// <summary>
    /// Records the member's first click on a link of their message and returns where to go: <paramref name="target"/> when
    /// the link policy allows it, else the message itself (never an open redirect). Null when it is not their message.
    /// </summary>
    public async Task<string?> ClickAsync(string memberId, long deliveryId, string? target, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.MessageDeliveries.AnyAsync(d => d.Id == deliveryId && d.MemberId == memberId && d.Status == DeliveryStatus.Delivered, cancellationToken))
        {
            return null;
        }

        if (!links.Allows(target))
        {
            return MessagingUrls.Message(deliveryId);
        }

        var now = clock.GetUtcNow();
        await db.MessageDeliveries.Where(d => d.Id == deliveryId && d.ClickedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClickedAt, now).SetProperty(d => d.OpenedAt, d => d.OpenedAt ?? now), cancellationToken);
        return target;
    }

    private string? Tracked(long deliveryId, string target) => links.Allows(target) ? MessagingUrls.Click(deliveryId, target) : null;

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
