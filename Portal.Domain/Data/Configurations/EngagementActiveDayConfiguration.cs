using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Engagement;

namespace Portal.Domain.Data.Configurations;

internal sealed class EngagementActiveDayConfiguration : IEntityTypeConfiguration<EngagementActiveDay>
{
    public void Configure(EntityTypeBuilder<EngagementActiveDay> builder)
    {
        builder.HasKey(a => new { a.Day, a.Actor });
        builder.Property(a => a.Actor).HasMaxLength(EngagementEvent.ActorMaxLength + 2);
    }
}
