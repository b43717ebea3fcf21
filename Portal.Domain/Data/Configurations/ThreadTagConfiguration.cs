using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Forums;

namespace Portal.Domain.Data.Configurations;

internal sealed class ThreadTagConfiguration : IEntityTypeConfiguration<ThreadTag>
{
    public void Configure(EntityTypeBuilder<ThreadTag> builder)
    {
        builder.HasKey(t => new { t.ThreadId, t.Tag });
        builder.Property(t => t.Tag).HasMaxLength(ThreadTag.MaxLength);
        builder.HasIndex(t => new { t.Tag, t.ThreadId });
    }
}
