using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Articles;
using Portal.Domain.Garage;

namespace Portal.Domain.Data.Configurations;

internal sealed class ArticleTargetModelConfiguration : IEntityTypeConfiguration<ArticleTargetModel>
{
    public void Configure(EntityTypeBuilder<ArticleTargetModel> builder)
    {
        builder.HasKey(m => new { m.ArticleId, m.ModelId });
        builder.HasOne<VehicleModel>().WithMany().HasForeignKey(m => m.ModelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.ModelId, m.ArticleId });
    }
}
