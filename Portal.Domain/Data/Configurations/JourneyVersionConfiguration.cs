using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Journeys;

namespace Portal.Domain.Data.Configurations;

internal sealed class JourneyVersionConfiguration : IEntityTypeConfiguration<JourneyVersion>
{
    public void Configure(EntityTypeBuilder<JourneyVersion> builder)
    {
        builder.HasKey(v => new { v.JourneyId, v.Version });
        builder.HasOne<Journey>().WithMany().HasForeignKey(v => v.JourneyId).OnDelete(DeleteBehavior.Cascade);
    }
}
