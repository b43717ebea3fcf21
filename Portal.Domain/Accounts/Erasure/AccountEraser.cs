using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Activity;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Events;
using Portal.Domain.Forums.Images;
using Portal.Domain.Media;

namespace Portal.Domain.Accounts.Erasure;

/// <summary>
/// Deletes a member's account and erases their personal data in ONE transaction (GDPR art. 17, PIPL art. 47): profile and
/// Identity rows, garage, sign-ups (upcoming places freed for the waitlist), notifications, queued emails and deliveries,
/// preferences, follows, read states, calendar feed, reactions, photos, tags, journey places, and the engagement rows that
/// name them. What others need stays under the <see cref="DeletedMember"/>: posts (unless the member asks for them to go,
/// see <see cref="ErasedPosts"/>), reports' outcomes, audit entries, staff work. Files (avatar, photos) go after the commit.
/// </summary>
public sealed class AccountEraser(
    IDbContextFactory<PortalDbContext> contextFactory,
    [FromKeyedServices(AvatarImages.Kind)] ImageStore avatars,
    [FromKeyedServices(PostPhotos.Kind)] ImageStore photos,
    EventActivity eventActivity,
    IActivityBus bus,
    IEngagementRecorder engagement,
    TimeProvider clock)
{
    public const string NotFound = "Account.NotFound";

    /// <summary>How audit writers spell a member target (the audit page reads them without regard to case).</summary>
    internal static readonly string[] MemberTargetTypes = ["member", "Member"];

    public async Task<Result> EraseAsync(string memberId, bool removePosts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        if (DeletedMember.Is(memberId))
        {
            return Result.Fail(NotFound);
        }

        await EnsureDeletedMemberAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == memberId, cancellationToken);
        if (user is null)
        {
            return Result.Fail(NotFound);
        }

        var avatar = user.AvatarFile;
        var photoFiles = await db.PostImages.Where(i => i.UploaderId == memberId).Select(i => i.FileName).ToListAsync(cancellationToken);
        var seats = await ErasedSeats.FreeAsync(db, memberId, now, cancellationToken);
        await ErasedPosts.RemoveReactionsAsync(db, memberId, cancellationToken);
        if (removePosts)
        {
            await ErasedPosts.RemoveAsync(db, memberId, cancellationToken);
        }

        await ErasedPosts.PassToDeletedMemberAsync(db, memberId, cancellationToken);
        await PassStaffWorkAsync(db, memberId, cancellationToken);
        await EraseTracesAsync(db, memberId, cancellationToken);

        // The account last: the database's cascades take the rows that hang on it (garage, sign-ups and answers,
        // notifications, emails, deliveries, preferences, follows, read states, feed, photos' rows, Identity's rows).
        db.Users.Remove(user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        avatars.Delete(avatar);
        foreach (var file in photoFiles)
        {
            photos.Delete(file);
        }

        // Every live ticker, on every node, drops the member's lines now (a ticker's next read drops them anyway: ErasedActorHistory).
        var withdrawal = new ActivityEvent(ActivityKinds.Withdrawn, null, null, new ActivityTarget(ActivityTarget.Member, memberId), ActivityAudience.Everyone, now);
        await bus.PublishAsync(withdrawal, CancellationToken.None);
        foreach (var (snapshot, promoted) in seats)
        {
            foreach (var signup in promoted)
            {
                engagement.Record(new EngagementSignal(EngagementKinds.EventPromoted, signup.MemberId, "event", snapshot.EventId.ToString(CultureInfo.InvariantCulture), now));
            }

            await eventActivity.SeatsChangedAsync(null, snapshot, signupsAdded: 0, now);
            await eventActivity.NotifiedAsync(promoted.Select(s => s.MemberId), now);
        }

        return Result.Ok;
    }

    /// <summary>Creates the deleted member's row the first time anyone is erased (a second creator's insert just fails).</summary>
    private async Task EnsureDeletedMemberAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.Id == DeletedMember.Id, cancellationToken))
        {
            return;
        }

        db.Users.Add(DeletedMember.NewAccount());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another erasure created it first.
        }
    }

    /// <summary>What the member did as staff stays, under the deleted member: events, articles, announcements, segments, verifications, check-ins, audit.</summary>
    private static async Task PassStaffWorkAsync(PortalDbContext db, string memberId, CancellationToken cancellationToken)
    {
        const string deleted = DeletedMember.Id;
        await db.Events.Where(e => e.CreatedById == memberId).ExecuteUpdateAsync(s => s.SetProperty(e => e.CreatedById, deleted), cancellationToken);
        await db.EventSignups.Where(e => e.CheckedInById == memberId).ExecuteUpdateAsync(s => s.SetProperty(e => e.CheckedInById, deleted), cancellationToken);
        await db.Articles.Where(a => a.AuthorId == memberId).ExecuteUpdateAsync(s => s.SetProperty(a => a.AuthorId, deleted), cancellationToken);
        await db.Articles.Where(a => a.UpdatedById == memberId).ExecuteUpdateAsync(s => s.SetProperty(a => a.UpdatedById, deleted), cancellationToken);
        await db.ArticleRevisions.Where(r => r.EditorId == memberId).ExecuteUpdateAsync(s => s.SetProperty(r => r.EditorId, deleted), cancellationToken);
        await db.Announcements.Where(a => a.CreatedById == memberId).ExecuteUpdateAsync(s => s.SetProperty(a => a.CreatedById, deleted), cancellationToken);
        await db.Segments.Where(a => a.CreatedById == memberId).ExecuteUpdateAsync(s => s.SetProperty(a => a.CreatedById, deleted), cancellationToken);
        await db.Vehicles.Where(v => v.VerifiedById == memberId).ExecuteUpdateAsync(s => s.SetProperty(v => v.VerifiedById, deleted), cancellationToken);
        await db.Notifications.Where(n => n.ActorId == memberId).ExecuteUpdateAsync(s => s.SetProperty(n => n.ActorId, deleted), cancellationToken);
        await db.MemberEmails.Where(e => e.ActorId == memberId).ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorId, deleted), cancellationToken);

        // Audit entries keep the action; who did it, or to whom, reads "a deleted member".
        await db.AuditEntries.Where(a => a.ActorId == memberId).ExecuteUpdateAsync(s => s.SetProperty(a => a.ActorId, deleted), cancellationToken);
        await db.AuditEntries.Where(a => MemberTargetTypes.Contains(a.TargetType) && a.TargetId == memberId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.TargetId, deleted), cancellationToken);
    }

    /// <summary>Rows that name the member without a foreign key: engagement (raw events and per-member rollups) and journey triggers.</summary>
    private static async Task EraseTracesAsync(PortalDbContext db, string memberId, CancellationToken cancellationToken)
    {
        await db.EngagementEvents.Where(e => e.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        await db.EngagementActiveDays.Where(d => d.Actor == memberId).ExecuteDeleteAsync(cancellationToken);
        await db.EngagementMemberDays.Where(d => d.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        await db.EngagementMemberSectionDays.Where(d => d.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        await db.EngagementMemberWeeks.Where(w => w.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        await db.EngagementProfiles.Where(p => p.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        await db.JourneyTriggerMembers.Where(m => m.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
    }
}
