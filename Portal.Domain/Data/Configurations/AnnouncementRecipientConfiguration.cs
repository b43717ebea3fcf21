using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.Announcements;

namespace Portal.Domain.Data.Configurations;

internal sealed class AnnouncementRecipientConfiguration : IEntityTypeConfiguration<AnnouncementRecipient>
{
    public void Configure(EntityTypeBuilder<AnnouncementRecipient> builder)
    {
        builder.HasOne<Announcement>().WithMany().HasForeignKey(r => r.AnnouncementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);

        // One place in the audience per member; the results group by treated or held out.
        builder.HasIndex(r => new { r.AnnouncementId, r.MemberId }).IsUnique();
        builder.HasIndex(r => new { r.AnnouncementId, r.HeldOut });
    }
}
