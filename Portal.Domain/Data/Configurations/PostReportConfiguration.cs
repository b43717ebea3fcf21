using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.Forums;

namespace Portal.Domain.Data.Configurations;

internal sealed class PostReportConfiguration : IEntityTypeConfiguration<PostReport>
{
    public void Configure(EntityTypeBuilder<PostReport> builder)
    {
        builder.Property(r => r.Text).HasMaxLength(PostReport.TextMaxLength);
        builder.Property(r => r.Reason).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Post>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ReportResolution>().WithMany().HasForeignKey(r => r.ResolutionId).OnDelete(DeleteBehavior.SetNull);

        // The queue reads open reports oldest first; one open report per member and post.
        builder.HasIndex(r => new { r.Status, r.At });
        builder.HasIndex(r => new { r.PostId, r.ReporterId, r.Status });
    }
}
