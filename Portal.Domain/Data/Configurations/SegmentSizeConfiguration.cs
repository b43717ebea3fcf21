using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Segments;

namespace Portal.Domain.Data.Configurations;

internal sealed class SegmentSizeConfiguration : IEntityTypeConfiguration<SegmentSize>
{
    public void Configure(EntityTypeBuilder<SegmentSize> builder) => builder.HasKey(s => new { s.SegmentId, s.Day });
}
