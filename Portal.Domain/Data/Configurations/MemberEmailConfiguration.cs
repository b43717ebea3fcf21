using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.MemberMail;
using Portal.Domain.Notifications;

namespace Portal.Domain.Data.Configurations;

internal sealed class MemberEmailConfiguration : IEntityTypeConfiguration<MemberEmail>
{
    public void Configure(EntityTypeBuilder<MemberEmail> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Subject).HasMaxLength(Notification.SubjectMaxLength);
        builder.Property(e => e.Url).HasMaxLength(Notification.UrlMaxLength);
        builder.Property(e => e.Excerpt).HasMaxLength(MemberEmail.ExcerptMaxLength);
        builder.Property(e => e.IdempotencyKey).HasMaxLength(MemberEmail.IdempotencyKeyMaxLength);
        builder.Property(e => e.Error).HasMaxLength(MemberEmail.ErrorMaxLength);

        // Several delivery jobs may run side by side: a row claimed by one is a conflict for the other, whose batch rolls back.
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();

        builder.HasOne<PortalUser>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Cascade);

        // The digest job's "once per member and period", even when two nodes race.
        builder.HasIndex(e => e.IdempotencyKey).IsUnique();

        // The delivery job reads the queue in order.
        builder.HasIndex(e => new { e.Status, e.Id });
        builder.HasIndex(e => new { e.MemberId, e.CreatedAt });
    }
}
