using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.Journeys;

namespace Portal.Domain.Data.Configurations;

internal sealed class JourneyEnrollmentConfiguration : IEntityTypeConfiguration<JourneyEnrollment>
{
    public void Configure(EntityTypeBuilder<JourneyEnrollment> builder)
    {
        builder.Property(e => e.ExitReason).HasMaxLength(JourneyExits.MaxLength);
        builder.Property(e => e.ClaimToken).HasMaxLength(32).IsConcurrencyToken();
        builder.HasOne<JourneyVersion>().WithMany().HasForeignKey(e => new { e.JourneyId, e.Version }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Cascade);

        // The engine's due scan (members who left have no next run) and its claim.
        builder.HasIndex(e => e.NextRunAt);
        builder.HasIndex(e => e.ClaimToken);

        // Re-entry, the reports' grouped counts and the goal check, all per journey.
        builder.HasIndex(e => new { e.JourneyId, e.MemberId });
        builder.HasIndex(e => new { e.JourneyId, e.Version, e.EntryDay });
    }
}
