using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Engagement;

namespace Portal.Domain.Data.Configurations;

internal sealed class EngagementRollupConfiguration : IEntityTypeConfiguration<EngagementRollup>
{
    public void Configure(EntityTypeBuilder<EngagementRollup> builder)
    {
        builder.HasKey(r => new { r.Grain, r.Metric, r.TargetType, r.Period, r.TargetId, r.Dimension, r.Value });
        builder.Property(r => r.Metric).HasMaxLength(EngagementEvent.KindMaxLength);
        builder.Property(r => r.TargetType).HasMaxLength(EngagementEvent.TargetTypeMaxLength);
        builder.Property(r => r.TargetId).HasMaxLength(EngagementEvent.TargetIdMaxLength);
        builder.Property(r => r.Dimension).HasMaxLength(16);
        builder.Property(r => r.Value).HasMaxLength(60);
        builder.HasIndex(r => new { r.Grain, r.TargetType, r.TargetId, r.Period });
    }
}
