using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Messaging;

/// <summary>
/// A member's marketing consent (<see cref="Accounts.PortalUser.MarketingConsentAt"/>): turned on and off on the profile,
/// given at registration, and withdrawn by the unsubscribe link's token without signing in.
/// </summary>
public sealed class MarketingConsent(IDbContextFactory<PortalDbContext> contextFactory, UnsubscribeTokens tokens, TimeProvider clock)
{
    /// <summary>When the member consented, or null.</summary>
    public async Task<DateTimeOffset?> GetAsync(string memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == memberId).Select(u => u.MarketingConsentAt).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Gives consent (keeping the first time it was given) or withdraws it.</summary>
    public async Task SetAsync(string memberId, bool consent, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (consent)
        {
            var now = clock.GetUtcNow();
            await db.Users.Where(u => u.Id == memberId && u.MarketingConsentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.MarketingConsentAt, now), cancellationToken);
        }
        else
        {
            await db.Users.Where(u => u.Id == memberId)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.MarketingConsentAt, (DateTimeOffset?)null), cancellationToken);
        }
    }

    /// <summary>True when <paramref name="token"/> names a member (whose consent is now off); false for a forged or broken token.</summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (tokens.MemberIdOf(token) is not { } memberId)
        {
            return false;
        }

        await SetAsync(memberId, consent: false, cancellationToken);
        return true;
    }
}
