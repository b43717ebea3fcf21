using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;

namespace Portal.Domain.Data.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(PortalUser.DisplayNameMaxLength).IsRequired();
        builder.Property(u => u.City).HasMaxLength(PortalUser.CityMaxLength);
        builder.Property(u => u.Bio).HasMaxLength(PortalUser.BioMaxLength);
        builder.Property(u => u.AvatarFile).HasMaxLength(100);
        builder.Property(u => u.TimeZoneId).HasMaxLength(64).IsRequired();
        builder.Property(u => u.PreferredCulture).HasMaxLength(16);
        builder.HasIndex(u => u.DisplayName);
        builder.HasIndex(u => u.JoinedAt);
        builder.HasQueryFilter(u => u.Id != DeletedMember.Id);
        builder.HasMany(u => u.Vehicles).WithOne(v => v.Owner).HasForeignKey(v => v.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
