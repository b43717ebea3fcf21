using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.Forums;

namespace Portal.Domain.Data.Configurations;

internal sealed class ReportResolutionConfiguration : IEntityTypeConfiguration<ReportResolution>
{
    public void Configure(EntityTypeBuilder<ReportResolution> builder)
    {
        builder.Property(r => r.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Reason).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Note).HasMaxLength(ReportResolution.NoteMaxLength);
        builder.HasOne<Post>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Author).WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.ResolvedById).OnDelete(DeleteBehavior.SetNull);

        // The history pages newest first (all, or one action); a reported author's record by author.
        builder.HasIndex(r => r.ResolvedAt);
        builder.HasIndex(r => new { r.Action, r.ResolvedAt });
        builder.HasIndex(r => new { r.AuthorId, r.Action });
    }
}
