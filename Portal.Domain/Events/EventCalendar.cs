using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Content;
using Portal.Domain.Data;

namespace Portal.Domain.Events;

/// <summary>Calendars: one published event as .ics, and a member's private feed of their sign-ups behind a revocable token.</summary>
public sealed class EventCalendar(IDbContextFactory<PortalDbContext> contextFactory, MarkdownRenderer markdown, TimeProvider clock)
{
    /// <summary>The .ics of a published (or cancelled, so calendars learn it) event; null for drafts and unknown ids.</summary>
    public async Task<string?> EventIcsAsync(int eventId, string baseUrl, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId && e.Status != EventStatus.Draft, cancellationToken);
        if (ev is null)
        {
            return null;
        }

        var ics = new IcsWriter(ev.Title, markdown);
        ics.AddEvent(ev, baseUrl, clock.GetUtcNow());
        return ics.ToString();
    }

    /// <summary>The feed for a token: every event the member is confirmed or waiting for. Null when the token is unknown (or revoked).</summary>
    public async Task<string?> FeedAsync(string token, string baseUrl, string calendarName, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length != CalendarFeed.TokenLength)
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var memberId = await db.CalendarFeeds.AsNoTracking().Where(f => f.Token == token).Select(f => f.MemberId).SingleOrDefaultAsync(cancellationToken);
        if (memberId is null)
        {
            return null;
        }

        var events = await db.EventSignups.AsNoTracking()
            .Where(s => s.MemberId == memberId && s.Status != SignupStatus.Cancelled && s.Event!.Status != EventStatus.Draft)
            .OrderBy(s => s.Event!.StartsAt)
            .Select(s => s.Event!)
            .ToListAsync(cancellationToken);
        var ics = new IcsWriter(calendarName, markdown);
        var now = clock.GetUtcNow();
        foreach (var ev in events)
        {
            ics.AddEvent(ev, baseUrl, now);
        }

        return ics.ToString();
    }

    public async Task<string?> GetTokenAsync(string memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.CalendarFeeds.AsNoTracking().Where(f => f.MemberId == memberId).Select(f => f.Token).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Creates the member's feed token, or replaces it (the old address stops working at once).</summary>
    public async Task<string> RegenerateTokenAsync(string memberId, CancellationToken cancellationToken = default)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.MemberId == memberId, cancellationToken);
        if (feed is null)
        {
            db.CalendarFeeds.Add(new CalendarFeed { MemberId = memberId, Token = token, CreatedAt = clock.GetUtcNow() });
        }
        else
        {
            feed.Token = token;
            feed.CreatedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public async Task RevokeTokenAsync(string memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.CalendarFeeds.Where(f => f.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
    }
}
