using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.Segments;

namespace Portal.Domain.Data.Configurations;

internal sealed class SegmentConfiguration : IEntityTypeConfiguration<Segment>
{
    public void Configure(EntityTypeBuilder<Segment> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Segment.NameMaxLength);
        builder.Property(s => s.Description).HasMaxLength(Segment.DescriptionMaxLength);
        builder.Property(s => s.Definition).HasConversion(
            definition => SegmentJson.Write(definition),
            json => SegmentJson.Read(json),
            new ValueComparer<SegmentDefinition>(
                (a, b) => a == b || (a != null && b != null && SegmentJson.Write(a) == SegmentJson.Write(b)),
                definition => SegmentJson.Write(definition).GetHashCode(StringComparison.Ordinal),
                definition => SegmentJson.Read(SegmentJson.Write(definition))));
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.HasMany<SegmentSize>().WithOne().HasForeignKey(s => s.SegmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
