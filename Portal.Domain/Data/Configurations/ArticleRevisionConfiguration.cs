using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.Articles;

namespace Portal.Domain.Data.Configurations;

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(Article.TitleMaxLength);
        builder.Property(r => r.Body).HasMaxLength(Article.BodyMaxLength);
        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.EditorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
    }
}
