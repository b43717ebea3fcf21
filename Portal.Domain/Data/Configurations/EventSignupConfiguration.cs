using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.Events;

namespace Portal.Domain.Data.Configurations;

internal sealed class EventSignupConfiguration : IEntityTypeConfiguration<EventSignup>
{
    public void Configure(EntityTypeBuilder<EventSignup> builder)
    {
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Code).HasMaxLength(EventSignup.CodeLength);
        builder.Ignore(s => s.Seats);
        builder.HasOne(s => s.Event).WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Answers).WithOne().HasForeignKey(a => a.SignupId).OnDelete(DeleteBehavior.Cascade);

        // One sign-up per member and event: a double click or a retry can never make a second one.
        builder.HasIndex(s => new { s.EventId, s.MemberId }).IsUnique();
        builder.HasIndex(s => new { s.EventId, s.Code }).IsUnique();

        // Seat sums and the waitlist in arrival order read this; "My events" reads the member's.
        builder.HasIndex(s => new { s.EventId, s.Status, s.Sequence });
        builder.HasIndex(s => new { s.MemberId, s.Status });
        builder.HasIndex(s => new { s.Status, s.ReminderSentAt });
    }
}
