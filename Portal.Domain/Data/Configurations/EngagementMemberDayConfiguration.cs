using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Engagement;

namespace Portal.Domain.Data.Configurations;

internal sealed class EngagementMemberDayConfiguration : IEntityTypeConfiguration<EngagementMemberDay>
{
    public void Configure(EntityTypeBuilder<EngagementMemberDay> builder)
    {
        builder.HasKey(d => new { d.MemberId, d.Day, d.Kind });
        builder.Property(d => d.MemberId).HasMaxLength(EngagementEvent.ActorMaxLength);
        builder.Property(d => d.Kind).HasMaxLength(EngagementEvent.KindMaxLength);
        builder.HasIndex(d => new { d.Day, d.Kind });
    }
}
