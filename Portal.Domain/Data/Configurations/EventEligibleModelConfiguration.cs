using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Events;
using Portal.Domain.Garage;

namespace Portal.Domain.Data.Configurations;

internal sealed class EventEligibleModelConfiguration : IEntityTypeConfiguration<EventEligibleModel>
{
    public void Configure(EntityTypeBuilder<EventEligibleModel> builder)
    {
        builder.HasKey(m => new { m.EventId, m.ModelId });
        builder.HasOne<VehicleModel>().WithMany().HasForeignKey(m => m.ModelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.ModelId);
    }
}
