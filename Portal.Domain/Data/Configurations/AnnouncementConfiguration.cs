using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.Announcements;
using Portal.Domain.Messaging;
using Portal.Domain.Segments;

namespace Portal.Domain.Data.Configurations;

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> builder)
    {
        builder.Property(a => a.SegmentName).HasMaxLength(Segment.NameMaxLength);
        builder.Property(a => a.TitleEnglish).HasMaxLength(MessageContent.TitleMaxLength);
        builder.Property(a => a.TitleChinese).HasMaxLength(MessageContent.TitleMaxLength);
        builder.Property(a => a.BodyEnglish).HasMaxLength(MessageContent.BodyMaxLength);
        builder.Property(a => a.BodyChinese).HasMaxLength(MessageContent.BodyMaxLength);
        builder.Property(a => a.Link).HasMaxLength(MessageContent.LinkMaxLength);
        builder.Property(a => a.Category).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Problem).HasMaxLength(Announcement.ProblemMaxLength);
        builder.HasOne<Segment>().WithMany().HasForeignKey(a => a.SegmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.CreatedById).OnDelete(DeleteBehavior.Restrict);

        // The sender looks for due and interrupted ones.
        builder.HasIndex(a => new { a.Status, a.ScheduledAt });
    }
}
