using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Engagement;

namespace Portal.Domain.Data.Configurations;

internal sealed class EngagementMemberSectionDayConfiguration : IEntityTypeConfiguration<EngagementMemberSectionDay>
{
    public void Configure(EntityTypeBuilder<EngagementMemberSectionDay> builder)
    {
        builder.HasKey(d => new { d.MemberId, d.Day, d.Kind, d.Section });
        builder.Property(d => d.MemberId).HasMaxLength(EngagementEvent.ActorMaxLength);
        builder.Property(d => d.Kind).HasMaxLength(EngagementEvent.KindMaxLength);
        builder.Property(d => d.Section).HasMaxLength(EngagementMemberSectionDay.SectionMaxLength);

        // A segment asks for the members who viewed one board or category over a window.
        builder.HasIndex(d => new { d.Kind, d.Section, d.Day });
    }
}
