using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.MemberMail;

namespace Portal.Domain.Data.Configurations;

internal sealed class DigestPreferenceConfiguration : IEntityTypeConfiguration<DigestPreference>
{
    public void Configure(EntityTypeBuilder<DigestPreference> builder)
    {
        builder.HasKey(p => p.MemberId);
        builder.Property(p => p.Frequency).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
