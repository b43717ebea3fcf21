using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Announcements;
using Portal.Domain.Articles;
using Portal.Domain.Engagement;
using Portal.Domain.Events;
using Portal.Domain.Forums;
using Portal.Domain.Forums.Images;
using Portal.Domain.Garage;
using Portal.Domain.Journeys;
using Portal.Domain.MemberMail;
using Portal.Domain.Messaging;
using Portal.Domain.Notifications;
using Portal.Domain.Segments;

namespace Portal.Domain.Data;

/// <summary>The one database: Identity plus every feature's tables, each configured in its own <c>IEntityTypeConfiguration</c>.</summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : IdentityDbContext<PortalUser>(options)
{
    public DbSet<VehicleModel> VehicleModels => Set<VehicleModel>();
    public DbSet<Vehicle> Vehicles => Set<Vehicle>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Board> Boards => Set<Board>();
    public DbSet<ForumThread> Threads => Set<ForumThread>();
    public DbSet<ThreadTag> ThreadTags => Set<ThreadTag>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<PostRevision> PostRevisions => Set<PostRevision>();
    public DbSet<PostReaction> PostReactions => Set<PostReaction>();
    public DbSet<ThreadFollow> ThreadFollows => Set<ThreadFollow>();
    public DbSet<ThreadReadState> ThreadReadStates => Set<ThreadReadState>();
    public DbSet<PostReport> PostReports => Set<PostReport>();
    public DbSet<PostImage> PostImages => Set<PostImage>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<OwnerEvent> Events => Set<OwnerEvent>();
    public DbSet<EventEligibleModel> EventEligibleModels => Set<EventEligibleModel>();
    public DbSet<EventQuestion> EventQuestions => Set<EventQuestion>();
    public DbSet<EventSignup> EventSignups => Set<EventSignup>();
    public DbSet<EventAnswer> EventAnswers => Set<EventAnswer>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleTag> ArticleTags => Set<ArticleTag>();
    public DbSet<ArticleTargetModel> ArticleTargetModels => Set<ArticleTargetModel>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<ArticleSlugRedirect> ArticleSlugRedirects => Set<ArticleSlugRedirect>();
    public DbSet<EngagementEvent> EngagementEvents => Set<EngagementEvent>();
    public DbSet<EngagementRollup> EngagementRollups => Set<EngagementRollup>();
    public DbSet<EngagementActiveDay> EngagementActiveDays => Set<EngagementActiveDay>();
    public DbSet<EngagementDailyActives> EngagementDailyActives => Set<EngagementDailyActives>();
    public DbSet<EngagementMemberDay> EngagementMemberDays => Set<EngagementMemberDay>();
    public DbSet<EngagementMemberWeek> EngagementMemberWeeks => Set<EngagementMemberWeek>();
    public DbSet<EngagementProfile> EngagementProfiles => Set<EngagementProfile>();
    public DbSet<EngagementLifecycleWeek> EngagementLifecycleWeeks => Set<EngagementLifecycleWeek>();
    public DbSet<Journey> Journeys => Set<Journey>();
    public DbSet<JourneyVersion> JourneyVersions => Set<JourneyVersion>();
    public DbSet<JourneyEnrollment> JourneyEnrollments => Set<JourneyEnrollment>();
    public DbSet<JourneyActionRecord> JourneyActions => Set<JourneyActionRecord>();
    public DbSet<JourneyTriggerMember> JourneyTriggerMembers => Set<JourneyTriggerMember>();
    public DbSet<MemberTag> MemberTags => Set<MemberTag>();
    public DbSet<MessageContent> MessageContents => Set<MessageContent>();
    public DbSet<MessageDelivery> MessageDeliveries => Set<MessageDelivery>();
    public DbSet<EngagementMemberSectionDay> EngagementMemberSectionDays => Set<EngagementMemberSectionDay>();
    public DbSet<Segment> Segments => Set<Segment>();
    public DbSet<SegmentSize> SegmentSizes => Set<SegmentSize>();
    public DbSet<Announcement> Announcements => Set<Announcement>();
    public DbSet<AnnouncementRecipient> AnnouncementRecipients => Set<AnnouncementRecipient>();
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();
    public DbSet<DigestPreference> DigestPreferences => Set<DigestPreference>();
    public DbSet<MemberEmail> MemberEmails => Set<MemberEmail>();
    public DbSet<ReportResolution> ReportResolutions => Set<ReportResolution>();
    public DbSet<DataTaskRun> DataTaskRuns => Set<DataTaskRun>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite cannot order or compare DateTimeOffset; store UTC ticks so every provider sorts the same way.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        }
    }
}
