using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;

namespace Portal.Domain.Data.Configurations;

/// <summary>The three roles exist in every database, so they ship in the migrations.</summary>
internal sealed class RoleSeedConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) =>
        builder.HasData(Roles.All.Select(name => new IdentityRole
        {
            Id = Roles.Ids[name],
            Name = name,
            NormalizedName = name.ToUpperInvariant(),
            ConcurrencyStamp = Roles.Ids[name],
        }));
}
