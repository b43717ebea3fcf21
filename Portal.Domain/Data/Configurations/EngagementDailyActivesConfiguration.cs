using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Engagement;

namespace Portal.Domain.Data.Configurations;

internal sealed class EngagementDailyActivesConfiguration : IEntityTypeConfiguration<EngagementDailyActives>
{
    public void Configure(EntityTypeBuilder<EngagementDailyActives> builder)
    {
        builder.HasKey(a => a.Day);
        builder.Property(a => a.Day).ValueGeneratedNever();
    }
}
