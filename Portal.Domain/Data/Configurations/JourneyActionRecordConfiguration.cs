using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Journeys;

namespace Portal.Domain.Data.Configurations;

internal sealed class JourneyActionRecordConfiguration : IEntityTypeConfiguration<JourneyActionRecord>
{
    public void Configure(EntityTypeBuilder<JourneyActionRecord> builder)
    {
        builder.ToTable("JourneyActions");
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.IdempotencyKey).HasMaxLength(JourneyActionRecord.KeyMaxLength);
        builder.HasOne<JourneyEnrollment>().WithMany().HasForeignKey(a => a.EnrollmentId).OnDelete(DeleteBehavior.Cascade);

        // One action per member, journey, version, step and entry, ever: a restart can never run it twice.
        builder.HasIndex(a => a.IdempotencyKey).IsUnique();
        builder.HasIndex(a => new { a.JourneyId, a.Version, a.Step });
    }
}
