using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Forums;

namespace Portal.Domain.Data.Configurations;

internal sealed class BoardConfiguration : IEntityTypeConfiguration<Board>
{
    public void Configure(EntityTypeBuilder<Board> builder)
    {
        builder.Property(b => b.Slug).HasMaxLength(Board.SlugMaxLength);
        builder.HasIndex(b => b.Slug).IsUnique();
        builder.HasIndex(b => b.Position);
        builder.Property(b => b.Name).HasMaxLength(Board.NameMaxLength);
        builder.Property(b => b.NameZh).HasMaxLength(Board.NameMaxLength);
        builder.Property(b => b.Description).HasMaxLength(Board.DescriptionMaxLength);
        builder.Property(b => b.DescriptionZh).HasMaxLength(Board.DescriptionMaxLength);
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasData(BoardCatalog.Create());
    }
}
