using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Domain.Data;

namespace Portal.Domain.Messaging;

/// <summary>
/// The rules every message passes, in order: the member exists; marketing needs consent; the weekly cap (marketing
/// delivered or pending in the 7 days up to the due time, from every source); quiet hours in the member's zone; and the
/// email only to a confirmed address. <see cref="MessageDispatcher"/> applies them and the reach estimate counts them,
/// so the composer's numbers are what sending does.
/// </summary>
internal sealed class GuardRails(IOptions<MessagingOptions> options)
{
    public static readonly TimeSpan CapWindow = TimeSpan.FromDays(7);
    private const int Chunk = 500;

    /// <summary>The members among <paramref name="memberIds"/> that exist, by id.</summary>
    public static async Task<Dictionary<string, RecipientFacts>> LoadRecipientsAsync(PortalDbContext db, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken)
    {
        var facts = new Dictionary<string, RecipientFacts>(memberIds.Count, StringComparer.Ordinal);
        foreach (var chunk in memberIds.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            var rows = await db.Users.AsNoTracking()
                .Where(u => chunk.Contains(u.Id))
                .Select(u => new RecipientFacts(u.Id, u.MarketingConsentAt, u.TimeZoneId, u.EmailConfirmed && u.Email != null, u.PreferredCulture))
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                facts[row.Id] = row;
            }
        }

        return facts;
    }

    /// <summary>The due times of the members' marketing messages (delivered or pending) due after <paramref name="since"/>.</summary>
    public static async Task<Dictionary<string, List<DateTimeOffset>>> LoadCapHistoryAsync(PortalDbContext db, IReadOnlyCollection<string> memberIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var history = new Dictionary<string, List<DateTimeOffset>>(StringComparer.Ordinal);
        foreach (var chunk in memberIds.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            var rows = await db.MessageDeliveries.AsNoTracking()
                .Where(d => chunk.Contains(d.MemberId) && d.DueAt > since && d.Status != DeliveryStatus.Suppressed && d.Category != MessageCategory.ServiceNotice)
                .Select(d => new { d.MemberId, d.DueAt })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                Add(history, row.MemberId, row.DueAt);
            }
        }

        return history;
    }

    /// <summary>
    /// Judges one message to <paramref name="member"/> asked for at <paramref name="requested"/>; a queued marketing message
    /// is added to <paramref name="capHistory"/>, so the next message in the same batch counts it.
    /// </summary>
    public GuardRailDecision Judge(RecipientFacts? member, MessageCategory category, MessageChannels channels, DateTimeOffset requested, Dictionary<string, List<DateTimeOffset>> capHistory)
    {
        if (member is null)
        {
            return new GuardRailDecision(DispatchStatus.Suppressed, SuppressionReason.UnknownMember, requested, MessageChannels.None);
        }

        var marketing = category.IsMarketing();
        if (marketing && member.MarketingConsentAt is null)
        {
            return new GuardRailDecision(DispatchStatus.Suppressed, SuppressionReason.NoConsent, requested, MessageChannels.None);
        }

        var settings = options.Value;
        var due = QuietHours.Release(requested, member.TimeZoneId, settings.QuietHoursStart, settings.QuietHoursEnd);
        if (marketing)
        {
            var earlier = capHistory.TryGetValue(member.Id, out var times) ? times.Count(t => t > due - CapWindow && t <= due) : 0;
            if (earlier >= settings.MaxPerWeek)
            {
                return new GuardRailDecision(DispatchStatus.Suppressed, SuppressionReason.Capped, requested, MessageChannels.None);
            }
        }

        SuppressionReason? reason = null;
        if (channels.HasFlag(MessageChannels.Email) && !member.EmailConfirmed)
        {
            channels &= ~MessageChannels.Email;
            reason = SuppressionReason.UnconfirmedEmail;
        }

        if (channels == MessageChannels.None)
        {
            return new GuardRailDecision(DispatchStatus.Suppressed, reason ?? SuppressionReason.UnconfirmedEmail, requested, MessageChannels.None);
        }

        if (marketing)
        {
            Add(capHistory, member.Id, due);
        }

        return new GuardRailDecision(DispatchStatus.Queued, reason, due, channels);
    }

    private static void Add(Dictionary<string, List<DateTimeOffset>> history, string memberId, DateTimeOffset dueAt)
    {
        if (!history.TryGetValue(memberId, out var times))
        {
            history[memberId] = times = [];
        }

        times.Add(dueAt);
    }
}
