using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.Articles;
using Portal.Domain.Forums;

namespace Portal.Domain.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(Article.TitleMaxLength);
        builder.Property(a => a.Slug).HasMaxLength(Article.SlugMaxLength);
        builder.Property(a => a.Summary).HasMaxLength(Article.SummaryMaxLength);
        builder.Property(a => a.Body).HasMaxLength(Article.BodyMaxLength);
        builder.Property(a => a.CoverFile).HasMaxLength(120);
        builder.Property(a => a.SeoTitle).HasMaxLength(Article.SeoTitleMaxLength);
        builder.Property(a => a.SeoDescription).HasMaxLength(Article.SeoDescriptionMaxLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Category).HasConversion<string>().HasMaxLength(24);
        builder.Ignore(a => a.Url);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.UpdatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ForumThread>().WithMany().HasForeignKey(a => a.ThreadId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Tags).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Models).WithOne().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(a => a.Slug).IsUnique();

        // The public list reads published articles newest first (optionally in a category); the scheduler reads due ones.
        builder.HasIndex(a => new { a.Status, a.PublishedAt });
        builder.HasIndex(a => new { a.Status, a.Category, a.PublishedAt });
        builder.HasIndex(a => new { a.Status, a.ScheduledFor });
        builder.HasIndex(a => a.ThreadId);
    }
}
