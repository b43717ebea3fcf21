using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Journeys;

namespace Portal.Domain.Data.Configurations;

internal sealed class JourneyTriggerMemberConfiguration : IEntityTypeConfiguration<JourneyTriggerMember>
{
    public void Configure(EntityTypeBuilder<JourneyTriggerMember> builder)
    {
        builder.HasKey(m => new { m.JourneyId, m.MemberId });
        builder.HasOne<Journey>().WithMany().HasForeignKey(m => m.JourneyId).OnDelete(DeleteBehavior.Cascade);
    }
}
