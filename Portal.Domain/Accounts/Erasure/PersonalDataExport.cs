using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Accounts.Erasure;

/// <summary>
/// Everything Portal holds about one member, as the JSON they download (GDPR art. 15 and 20, PIPL art. 45): profile,
/// preferences, garage, threads and posts, reactions, follows, sign-ups with their answers, notifications, photos,
/// reports they filed, their own engagement summary, and the audit entries about them or their cars. The two-factor key
/// is not included (only whether two-factor is on): it would let whoever finds the file produce codes.
/// </summary>
public sealed class PersonalDataExport(IDbContextFactory<PortalDbContext> contextFactory)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The member's data as UTF-8 JSON, or null when there is no such member.</summary>
    public async Task<byte[]?> ExportAsync(string memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == memberId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var vehicles = await db.Vehicles.AsNoTracking().Where(v => v.OwnerId == memberId).OrderBy(v => v.AddedAt)
            .Select(v => new { v.Id, Model = v.Model!.Name, v.Year, v.Nickname, v.Vin, v.AddedAt, v.VerifiedAt }).ToListAsync(cancellationToken);
        var vehicleIds = vehicles.Select(v => v.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        var data = new
        {
            exportedFor = user.Id,
            profile = new
            {
                user.Email,
                user.EmailConfirmed,
                user.DisplayName,
                user.City,
                user.Bio,
                user.AvatarFile,
                user.JoinedAt,
                timeZone = user.TimeZoneId,
                twoFactorEnabled = user.TwoFactorEnabled,
                user.SilencedUntil,
            },
            preferences = new
            {
                user.PreferredCulture,
                user.PrefersDarkMode,
                user.MarketingConsentAt,
                notifications = await db.NotificationPreferences.AsNoTracking().Where(p => p.MemberId == memberId)
                    .Select(p => new { kind = p.Kind.ToString(), channels = p.Channels.ToString() }).ToListAsync(cancellationToken),
                digest = await db.DigestPreferences.AsNoTracking().Where(p => p.MemberId == memberId)
                    .Select(p => p.Frequency.ToString()).SingleOrDefaultAsync(cancellationToken),
                calendarFeed = await db.CalendarFeeds.AnyAsync(f => f.MemberId == memberId, cancellationToken),
            },
            garage = vehicles,
            threads = await db.Threads.AsNoTracking().Where(t => t.AuthorId == memberId).OrderBy(t => t.CreatedAt)
                .Select(t => new { t.Id, t.Title, board = t.Board!.Name, t.CreatedAt }).ToListAsync(cancellationToken),
            posts = await db.Posts.AsNoTracking().Where(p => p.AuthorId == memberId && !p.IsDeleted).OrderBy(p => p.CreatedAt)
                .Select(p => new { p.Id, p.ThreadId, thread = p.Thread!.Title, p.Number, text = p.Body, p.CreatedAt, p.EditedAt }).ToListAsync(cancellationToken),
            reactions = await db.PostReactions.AsNoTracking().Where(r => r.MemberId == memberId).OrderBy(r => r.At)
                .Select(r => new { r.PostId, kind = r.Kind.ToString(), r.At }).ToListAsync(cancellationToken),
            follows = await db.ThreadFollows.AsNoTracking().Where(f => f.MemberId == memberId).OrderBy(f => f.Since)
                .Join(db.Threads, f => f.ThreadId, t => t.Id, (f, t) => new { f.ThreadId, thread = t.Title, f.Since }).ToListAsync(cancellationToken),
            photos = await db.PostImages.AsNoTracking().Where(i => i.UploaderId == memberId).OrderBy(i => i.UploadedAt)
                .Select(i => new { i.FileName, i.PostId, i.Alt, i.UploadedAt }).ToListAsync(cancellationToken),
            signups = await SignupsAsync(db, memberId, cancellationToken),
            notifications = await db.Notifications.AsNoTracking().Where(n => n.RecipientId == memberId).OrderBy(n => n.At)
                .Select(n => new { kind = n.Kind.ToString(), n.Subject, n.Url, n.At, n.ReadAt }).ToListAsync(cancellationToken),
            reportsFiled = await db.PostReports.AsNoTracking().Where(r => r.ReporterId == memberId).OrderBy(r => r.At)
                .Select(r => new { r.PostId, reason = r.Reason.ToString(), r.Text, r.At, status = r.Status.ToString() }).ToListAsync(cancellationToken),
            engagement = await EngagementAsync(db, memberId, cancellationToken),
            auditEntries = await db.AuditEntries.AsNoTracking()
                .Where(a => (AccountEraser.MemberTargetTypes.Contains(a.TargetType) && a.TargetId == memberId) || (a.TargetType == nameof(Garage.Vehicle) && vehicleIds.Contains(a.TargetId)))
                .OrderBy(a => a.At).Select(a => new { a.Action, a.TargetType, a.TargetId, a.Detail, a.At }).ToListAsync(cancellationToken),
            identity = await db.UserLogins.AsNoTracking().Where(l => l.UserId == memberId)
                .Select(l => new { l.LoginProvider, l.ProviderDisplayName }).ToListAsync(cancellationToken),
        };
        return JsonSerializer.SerializeToUtf8Bytes(data, Json);
    }

    private static async Task<object> SignupsAsync(PortalDbContext db, string memberId, CancellationToken cancellationToken)
    {
        var signups = await db.EventSignups.AsNoTracking().Where(s => s.MemberId == memberId).OrderBy(s => s.SignedUpAt)
            .Select(s => new
            {
                s.EventId,
                s.Event!.Title,
                s.Event.StartsAt,
                status = s.Status.ToString(),
                s.Guests,
                s.HideName,
                s.Code,
                s.SignedUpAt,
                s.CancelledAt,
                s.CheckedInAt,
                answers = s.Answers.Join(db.EventQuestions, a => a.QuestionId, q => q.Id, (a, q) => new { question = q.Prompt, answer = a.Value }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return signups;
    }

    private static async Task<object> EngagementAsync(PortalDbContext db, string memberId, CancellationToken cancellationToken)
    {
        var counts = await db.EngagementMemberDays.AsNoTracking().Where(d => d.MemberId == memberId)
            .GroupBy(d => d.Kind).Select(g => new { kind = g.Key, count = g.Sum(d => d.Count), days = g.Count() })
            .OrderBy(c => c.kind).ToListAsync(cancellationToken);
        var profile = await db.EngagementProfiles.AsNoTracking().Where(p => p.MemberId == memberId)
            .Select(p => new { p.FirstSeenAt, p.LastActiveAt, stage = p.Stage.ToString() }).SingleOrDefaultAsync(cancellationToken);
        return new { profile, counts };
    }
}
