using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Engagement;

namespace Portal.Domain.Data.Configurations;

internal sealed class EngagementEventConfiguration : IEntityTypeConfiguration<EngagementEvent>
{
    public void Configure(EntityTypeBuilder<EngagementEvent> builder)
    {
        builder.Property(e => e.Kind).HasMaxLength(EngagementEvent.KindMaxLength);
        builder.Property(e => e.MemberId).HasMaxLength(EngagementEvent.ActorMaxLength);
        builder.Property(e => e.VisitorId).HasMaxLength(EngagementEvent.ActorMaxLength);
        builder.Property(e => e.TargetType).HasMaxLength(EngagementEvent.TargetTypeMaxLength);
        builder.Property(e => e.TargetId).HasMaxLength(EngagementEvent.TargetIdMaxLength);
        builder.Property(e => e.Models).HasMaxLength(200);
        builder.Property(e => e.Region).HasMaxLength(60);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.MemberId, e.At });
    }
}
