using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Garage;

namespace Portal.Domain.Data.Configurations;

internal sealed class VehicleConfiguration : IEntityTypeConfiguration<Vehicle>
{
    public void Configure(EntityTypeBuilder<Vehicle> builder)
    {
        builder.Property(v => v.Nickname).HasMaxLength(Vehicle.NicknameMaxLength);
        builder.Property(v => v.Vin).HasMaxLength(Vin.Length);
        builder.HasIndex(v => v.Vin).IsUnique();
        builder.HasIndex(v => new { v.OwnerId, v.AddedAt });
        builder.HasIndex(v => new { v.ModelId, v.VerifiedAt });
        builder.Property(v => v.RejectionReason).HasConversion<string>().HasMaxLength(24);
        builder.Property(v => v.RejectionNote).HasMaxLength(VehicleRejection.NoteMaxLength);
        builder.HasIndex(v => new { v.VerifiedAt, v.RejectedAt, v.AddedAt });
        builder.HasOne(v => v.Model).WithMany().HasForeignKey(v => v.ModelId).OnDelete(DeleteBehavior.Restrict);
    }
}
