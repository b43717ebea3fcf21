using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.Forums;

namespace Portal.Domain.Data.Configurations;

internal sealed class ForumThreadConfiguration : IEntityTypeConfiguration<ForumThread>
{
    public void Configure(EntityTypeBuilder<ForumThread> builder)
    {
        builder.ToTable("Threads");
        builder.Property(t => t.Title).HasMaxLength(ForumThread.TitleMaxLength);
        builder.Property(t => t.Slug).HasMaxLength(ForumThread.SlugMaxLength);
        builder.Property(t => t.HiddenReason).HasMaxLength(Post.HiddenReasonMaxLength);
        builder.HasOne(t => t.Board).WithMany().HasForeignKey(t => t.BoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(t => t.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Tags).WithOne().HasForeignKey(t => t.ThreadId).OnDelete(DeleteBehavior.Cascade);

        // One index per sort order of the thread list (latest, newest, top, unanswered), board first.
        builder.HasIndex(t => new { t.BoardId, t.IsPinned, t.LastActivityAt });
        builder.HasIndex(t => new { t.BoardId, t.CreatedAt });
        builder.HasIndex(t => new { t.BoardId, t.ReactionCount, t.CreatedAt });
        builder.HasIndex(t => new { t.BoardId, t.ReplyCount, t.CreatedAt });
        builder.HasIndex(t => t.LastActivityAt);
        builder.HasIndex(t => t.AuthorId);
    }
}
