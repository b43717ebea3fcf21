using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Engagement;

namespace Portal.Domain.Data.Configurations;

internal sealed class EngagementLifecycleWeekConfiguration : IEntityTypeConfiguration<EngagementLifecycleWeek>
{
    public void Configure(EntityTypeBuilder<EngagementLifecycleWeek> builder)
    {
        builder.HasKey(l => new { l.Week, l.Dimension, l.Value, l.Stage });
        builder.Property(l => l.Week).ValueGeneratedNever();
        builder.Property(l => l.Dimension).HasMaxLength(16);
        builder.Property(l => l.Value).HasMaxLength(60);
    }
}
