using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Engagement;

namespace Portal.Domain.Data.Configurations;

internal sealed class EngagementProfileConfiguration : IEntityTypeConfiguration<EngagementProfile>
{
    public void Configure(EntityTypeBuilder<EngagementProfile> builder)
    {
        builder.HasKey(p => p.MemberId);
        builder.Property(p => p.MemberId).HasMaxLength(EngagementEvent.ActorMaxLength);
        builder.Property(p => p.Models).HasMaxLength(200);
        builder.Property(p => p.Region).HasMaxLength(60);
        builder.HasIndex(p => p.LastActiveAt);
        builder.HasIndex(p => p.JoinWeek);
    }
}
