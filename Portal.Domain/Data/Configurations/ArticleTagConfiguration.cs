using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Articles;
using Portal.Domain.Forums;

namespace Portal.Domain.Data.Configurations;

internal sealed class ArticleTagConfiguration : IEntityTypeConfiguration<ArticleTag>
{
    public void Configure(EntityTypeBuilder<ArticleTag> builder)
    {
        builder.HasKey(t => new { t.ArticleId, t.Tag });
        builder.Property(t => t.Tag).HasMaxLength(ThreadTag.MaxLength);
        builder.HasIndex(t => new { t.Tag, t.ArticleId });
    }
}
