using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.Journeys;

namespace Portal.Domain.Data.Configurations;

internal sealed class MemberTagConfiguration : IEntityTypeConfiguration<MemberTag>
{
    public void Configure(EntityTypeBuilder<MemberTag> builder)
    {
        builder.HasKey(t => new { t.MemberId, t.Tag });
        builder.Property(t => t.Tag).HasMaxLength(MemberTag.TagMaxLength);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.Tag);
    }
}
