using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.Messaging;

namespace Portal.Domain.Data.Configurations;

internal sealed class MessageDeliveryConfiguration : IEntityTypeConfiguration<MessageDelivery>
{
    public void Configure(EntityTypeBuilder<MessageDelivery> builder)
    {
        builder.Property(d => d.SourceType).HasMaxLength(OutgoingMessage.SourceTypeMaxLength);
        builder.Property(d => d.SourceId).HasMaxLength(OutgoingMessage.SourceIdMaxLength);
        builder.Property(d => d.IdempotencyKey).HasMaxLength(OutgoingMessage.IdempotencyKeyMaxLength);
        builder.Property(d => d.Category).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Reason).HasConversion<string>().HasMaxLength(24);
        builder.Property(d => d.EmailError).HasMaxLength(MessageDelivery.ErrorMaxLength);

        // Several delivery jobs may run side by side: a row delivered by one is a conflict for the other, whose batch rolls back.
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();

        builder.HasOne<PortalUser>().WithMany().HasForeignKey(d => d.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Content).WithMany().HasForeignKey(d => d.ContentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Notification).WithMany().HasForeignKey(d => d.NotificationId).OnDelete(DeleteBehavior.SetNull);

        // The same key never delivers twice, even when two callers race.
        builder.HasIndex(d => d.IdempotencyKey).IsUnique();

        // The delivery job reads due rows; the frequency cap reads a member's recent rows; results read a source's rows.
        builder.HasIndex(d => new { d.Status, d.DueAt });
        builder.HasIndex(d => new { d.MemberId, d.DueAt });
        builder.HasIndex(d => new { d.SourceType, d.SourceId });
        builder.HasIndex(d => d.NotificationId);
    }
}
