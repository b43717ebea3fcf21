using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Messaging;
using Portal.Domain.Notifications;

namespace Portal.Domain.MemberMail;

/// <summary>
/// A member's notification preferences: read and saved on the profile, and one kind's email turned off by the
/// unsubscribe link of an email of that kind (the token names member and kind; no sign-in).
/// </summary>
public sealed class MailPreferences(IDbContextFactory<PortalDbContext> contextFactory, UnsubscribeTokens tokens)
{
    /// <summary>Every choosable kind with the member's channels (their choice, else the default), and their digest.</summary>
    public async Task<MailPreferenceSet> GetAsync(string memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var chosen = await db.NotificationPreferences.AsNoTracking().Where(p => p.MemberId == memberId)
            .ToDictionaryAsync(p => p.Kind, p => p.Channels, cancellationToken);
        var digest = await db.DigestPreferences.AsNoTracking().Where(p => p.MemberId == memberId)
            .Select(p => (DigestFrequency?)p.Frequency).SingleOrDefaultAsync(cancellationToken);
        var channels = MailDefaults.Choosable.ToDictionary(k => k, k => chosen.TryGetValue(k, out var c) ? c : MailDefaults.Channels(k));
        return new MailPreferenceSet(channels, digest ?? MailDefaults.Digest);
    }

    /// <summary>True when the member's address is confirmed, so email they choose can go out (the profile says so when it cannot).</summary>
    public async Task<bool> CanEmailAsync(string memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AnyAsync(u => u.Id == memberId && u.EmailConfirmed && u.Email != null, cancellationToken);
    }

    /// <summary>Saves the member's choices: a row for each kind that differs from its default (and none for the others).</summary>
    public async Task SaveAsync(string memberId, MailPreferenceSet preferences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.NotificationPreferences.Where(p => p.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        await db.DigestPreferences.Where(p => p.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        foreach (var kind in MailDefaults.Choosable)
        {
            if (preferences.Channels.TryGetValue(kind, out var channels) && channels != MailDefaults.Channels(kind))
            {
                db.NotificationPreferences.Add(new NotificationPreference { MemberId = memberId, Kind = kind, Channels = channels });
            }
        }

        if (preferences.Digest != MailDefaults.Digest)
        {
            db.DigestPreferences.Add(new DigestPreference { MemberId = memberId, Frequency = preferences.Digest });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The one-click unsubscribe of a notification email: that kind's email is off (the bell stays as it was; the digest
    /// stops). Null for a broken or forged token and for a marketing token (which <see cref="MarketingConsent"/> handles);
    /// else the kind turned off.
    /// </summary>
    public async Task<NotificationKind?> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (tokens.Read(token) is not { Kind: { } kind } request)
        {
            return null;
        }

        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.Users.AnyAsync(u => u.Id == request.MemberId, cancellationToken))
            {
                return null; // the member has left since the email was sent
            }
        }

        var current = await GetAsync(request.MemberId, cancellationToken);
        var preferences = kind == NotificationKind.Digest
            ? current with { Digest = DigestFrequency.Off }
            : current with { Channels = current.Channels.ToDictionary(c => c.Key, c => c.Key == kind ? c.Value & ~MessageChannels.Email : c.Value) };
        await SaveAsync(request.MemberId, preferences, cancellationToken);
        return kind;
    }
}
