using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Garage;

namespace Portal.Domain.Data.Configurations;

internal sealed class VehicleModelConfiguration : IEntityTypeConfiguration<VehicleModel>
{
    public void Configure(EntityTypeBuilder<VehicleModel> builder)
    {
        builder.Property(m => m.Slug).HasMaxLength(40).IsRequired();
        builder.Property(m => m.Name).HasMaxLength(60).IsRequired();
        builder.Property(m => m.BodyStyle).HasMaxLength(40).IsRequired();
        builder.Property(m => m.Powertrain).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => m.Slug).IsUnique();
        builder.HasData(ModelCatalog.Models);
    }
}
