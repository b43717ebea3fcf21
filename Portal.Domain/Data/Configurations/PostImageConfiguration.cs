using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.Forums;
using Portal.Domain.Forums.Images;

namespace Portal.Domain.Data.Configurations;

internal sealed class PostImageConfiguration : IEntityTypeConfiguration<PostImage>
{
    public void Configure(EntityTypeBuilder<PostImage> builder)
    {
        builder.Property(i => i.FileName).HasMaxLength(128);
        builder.Property(i => i.Alt).HasMaxLength(PostImage.AltMaxLength);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(i => i.UploaderId).OnDelete(DeleteBehavior.Cascade);

        // A post removed for good lets its photos go; the cleanup job deletes them with the other abandoned uploads.
        builder.HasOne<Post>().WithMany().HasForeignKey(i => i.PostId).OnDelete(DeleteBehavior.SetNull);

        // A post's gallery is a range on (PostId, Position); the cleanup job and the upload limit read (PostId, UploadedAt).
        builder.HasIndex(i => new { i.PostId, i.Position });
        builder.HasIndex(i => new { i.PostId, i.UploadedAt });
        builder.HasIndex(i => new { i.UploaderId, i.PostId });
        builder.HasIndex(i => i.FileName).IsUnique();
    }
}
