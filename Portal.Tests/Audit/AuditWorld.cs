using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain;
using Portal.Domain.Accounts;
using Portal.Domain.Announcements;
using Portal.Domain.Audit;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;
using Portal.Domain.Events;
using Portal.Domain.Forums;
using Portal.Domain.Garage;
using Portal.Domain.Journeys;
using Portal.Domain.Segments;
using Portal.Tests.Events;
using Portal.Tests.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Audit;

/// <summary>
/// A community where staff did every audited thing once (a minute apart), through the real writers where a test can call
/// them: roles, car verification, thread and post moderation, reports, engagement, exports, segment looks and events. An
/// announcement and a journey are written as their services write them (their rules need more world than this).
/// </summary>
public sealed class AuditWorld : IAsyncDisposable
{
    private AuditWorld(ForumWorld forum) => Forum = forum;

    public ForumWorld Forum { get; }

    public TestDatabase Database => Forum.Database;

    public string OperatorId { get; private set; } = "";

    public string WangId { get; private set; } = "";

    public string LinId { get; private set; } = "";

    /// <summary>An editor: an official answer must be a staff member's reply.</summary>
    public string EditorId { get; private set; } = "";

    public int VehicleId { get; private set; }

    public PostLocation Thread { get; private set; } = default!;

    public PostLocation Reply { get; private set; } = default!;

    public PostLocation Spam { get; private set; } = default!;

    public Board To { get; private set; } = default!;

    public int SegmentId { get; private set; }

    public int AnnouncementId { get; private set; }

    public int JourneyId { get; private set; }

    /// <summary>The event of the event actions (written by <see cref="WriteEveryActionAsync"/>).</summary>
    public int EventId { get; private set; }

    public AuditLog Log => Database.Get<AuditLog>();

    public static async Task<AuditWorld> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var world = new AuditWorld(await ForumWorld.CreateAsync(configure));
        await world.ArrangeAsync();
        return world;
    }

    /// <summary>Writes one entry (or more) for every action in <see cref="AuditActions"/>, the latest last.</summary>
    public async Task WriteEveryActionAsync()
    {
        var op = OperatorId;
        var roles = Database.Get<RoleAdminService>();
        await Step(roles.SetRoleAsync(op, WangId, Roles.Editor, grant: true));
        await Step(roles.SetRoleAsync(op, WangId, Roles.Editor, grant: false));
        var verification = Database.Get<VehicleVerification>();
        await Step(verification.SetVerifiedAsync(op, VehicleId, verified: true));
        await Step(verification.SetVerifiedAsync(op, VehicleId, verified: false));
        await Step(verification.RejectAsync(op, VehicleId, RejectionReason.DetailsMismatch, "The registration says 2023"));
        await Step(Forum.Interactions.MarkOfficialAnswerAsync(op, Reply.PostId));
        var moderation = Forum.Moderation;
        await Step(moderation.SetPinnedAsync(op, Thread.ThreadId, pinned: true));
        await Step(moderation.SetPinnedAsync(op, Thread.ThreadId, pinned: false));
        await Step(moderation.SetLockedAsync(op, Thread.ThreadId, locked: true));
        await Step(moderation.SetLockedAsync(op, Thread.ThreadId, locked: false));
        await Step(moderation.SetThreadHiddenAsync(op, Thread.ThreadId, hidden: true, "Duplicate of the pinned range thread"));
        await Step(moderation.SetThreadHiddenAsync(op, Thread.ThreadId, hidden: false, null));
        await Step(moderation.MoveThreadAsync(op, Thread.ThreadId, To.Id));
        await Step(moderation.SetPostHiddenAsync(op, Reply.PostId, hidden: true, "Personal details"));
        await Step(moderation.SetPostHiddenAsync(op, Reply.PostId, hidden: false, null));
        await Step(Forum.Interactions.ReportAsync(LinId, Reply.PostId, ReportReason.OffTopic, null));
        await Step(Forum.Reports.ResolveAsync(op, Reply.PostId, ReportAction.Dismiss, null));
        await Step(Forum.Interactions.ReportAsync(LinId, Spam.PostId, ReportReason.Spam, null));
        await Step(Forum.Reports.ResolveAsync(op, Spam.PostId, ReportAction.SilenceMember, ModerationReason.Other, "Selling chargers", silenceDays: 7));
        Assert.NotNull(await Database.Get<MemberEngagement>().OpenAsync(op, WangId));
        var today = Database.Get<EngagementCalendar>().DayOf(Database.Clock.GetUtcNow());
        Assert.NotNull(await Database.Get<ReportExports>().ExportAsync(op, OverviewReports.Actives, new ReportRequest(ReportPeriod.Last(7, today))));
        var segments = Database.Get<SegmentMembers>();
        await segments.AuditViewedAsync(op, SegmentId, CancellationToken.None);
        await segments.AuditViewedAsync(op, null, CancellationToken.None);
        await segments.AuditExportedAsync(op, SegmentId, CancellationToken.None);
        await WriteAsync(AuditActions.AnnouncementScheduled, "announcement", AnnouncementId, FormattableString.Invariant($"Vela owners in Shanghai: 12 members, at {Database.Clock.GetUtcNow():O}"));
        foreach (var action in new[] { AuditActions.JourneyStarted, AuditActions.JourneyPaused, AuditActions.JourneyResumed, AuditActions.JourneyStopped })
        {
            await WriteAsync(action, "journey", JourneyId, "Welcome new owners");
        }

        await WriteEventActionsAsync();
    }

    /// <summary>
    /// An event starting in two hours, run by the operator: published, back to draft, published again, edited (time and
    /// place), Wang and Lin sign up and get a message, Wang's check-in at the door is undone, and it is cancelled.
    /// </summary>
    private async Task WriteEventActionsAsync()
    {
        var studio = Database.Get<EventStudio>();
        var draft = EventWorld.DraftAt(Database.Clock.GetUtcNow(), startsIn: TimeSpan.FromHours(2));
        var created = await studio.CreateAsync(OperatorId, draft);
        EventId = created.Value;
        await Step(studio.PublishAsync(OperatorId, EventId));
        await Step(studio.UnpublishAsync(OperatorId, EventId));
        await Step(studio.PublishAsync(OperatorId, EventId));
        draft.EndsLocal = draft.EndsLocal.AddHours(1);
        draft.Venue = "Long Museum";
        await Step(studio.UpdateAsync(OperatorId, EventId, draft));
        var signups = Database.Get<EventSignupService>();
        var signup = await signups.SignUpAsync(WangId, EventId, new SignupRequest(0));
        Assert.True((await signups.SignUpAsync(LinId, EventId, new SignupRequest(0))).Succeeded);
        Database.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, (await studio.MessageAttendeesAsync(OperatorId, EventId, "Parking is at the north gate.")).Value);
        var checkIn = Database.Get<EventCheckIn>();
        Assert.True((await checkIn.CheckInAsync(OperatorId, EventId, signup.Value!.SignupId)).Succeeded);
        Database.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await checkIn.UndoAsync(OperatorId, EventId, signup.Value.SignupId)).Succeeded);
        await Step(studio.CancelAsync(OperatorId, EventId));
    }

    /// <summary>Writes an entry as the writer of <paramref name="action"/> does, by <see cref="OperatorId"/>, a minute after the last.</summary>
    public async Task WriteAsync(string action, string targetType, object targetId, string? detail, string? actorId = null)
    {
        Database.Clock.Advance(TimeSpan.FromMinutes(1));
        await using var db = Database.CreateDbContext();
        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = actorId ?? OperatorId,
            Action = action,
            TargetType = targetType,
            TargetId = Convert.ToString(targetId, CultureInfo.InvariantCulture)!,
            Detail = detail,
            At = Database.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => Forum.DisposeAsync();

    private async Task ArrangeAsync()
    {
        OperatorId = await Forum.VeteranAsync("Operator Zhou", Roles.Operator);
        WangId = await Forum.VeteranAsync("王伟");
        LinId = await Forum.VeteranAsync("Lin Chen");
        EditorId = await Forum.VeteranAsync("Editor Xu", Roles.Editor);
        VehicleId = await Database.InsertVehicleAsync(WangId, "LA9VELA24R0000001", modelId: 2, year: 2024);
        Thread = await Forum.ThreadAsync(LinId, "Winter range on the Vela");
        Reply = await Forum.ReplyAsync(EditorId, Thread.ThreadId, "About 20% on the coldest days.");
        Spam = await Forum.ReplyAsync(WangId, Thread.ThreadId, "Cheap chargers, message me.");
        await using var db = Database.CreateDbContext();
        To = await db.Boards.OrderBy(b => b.Id).FirstAsync(b => b.Id != Forum.BoardId);
        var now = Database.Clock.GetUtcNow();
        var segment = new Segment
        {
            Name = "Vela owners in Shanghai",
            Definition = new SegmentDefinition(new SegmentGroup(SegmentMatch.All, [new OwnsModelCondition(2)])),
            CreatedById = OperatorId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Segments.Add(segment);
        var journey = new Journey { Name = "Welcome new owners", CreatedAt = now };
        db.Journeys.Add(journey);
        await db.SaveChangesAsync();
        var announcement = new Announcement
        {
            SegmentId = segment.Id,
            SegmentName = segment.Name,
            TitleEnglish = "Spring charging meetup",
            TitleChinese = "春季充电聚会",
            BodyEnglish = "Join us.",
            BodyChinese = "欢迎参加。",
            CreatedById = OperatorId,
        };
        db.Announcements.Add(announcement);
        await db.SaveChangesAsync();
        (SegmentId, JourneyId, AnnouncementId) = (segment.Id, journey.Id, announcement.Id);
    }

    private async Task Step(Task<Result> write)
    {
        Database.Clock.Advance(TimeSpan.FromMinutes(1));
        var result = await write;
        Assert.True(result.Succeeded, string.Join(", ", result.Problems.Select(p => p.Code)));
    }
}
