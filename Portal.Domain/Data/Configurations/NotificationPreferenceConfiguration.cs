using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.MemberMail;

namespace Portal.Domain.Data.Configurations;

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        // The writer reads the recipients' choices for one kind: the key (member, kind) serves it.
        builder.HasKey(p => new { p.MemberId, p.Kind });
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(p => p.Channels).HasConversion<string>().HasMaxLength(24);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
