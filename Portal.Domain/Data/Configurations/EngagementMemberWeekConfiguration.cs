using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Engagement;

namespace Portal.Domain.Data.Configurations;

internal sealed class EngagementMemberWeekConfiguration : IEntityTypeConfiguration<EngagementMemberWeek>
{
    public void Configure(EntityTypeBuilder<EngagementMemberWeek> builder)
    {
        builder.HasKey(w => new { w.MemberId, w.Week });
        builder.Property(w => w.MemberId).HasMaxLength(EngagementEvent.ActorMaxLength);
        builder.HasIndex(w => w.Week);
    }
}
