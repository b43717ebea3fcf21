using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.Events;

namespace Portal.Domain.Data.Configurations;

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.HasKey(f => f.MemberId);
        builder.Property(f => f.Token).HasMaxLength(CalendarFeed.TokenLength);
        builder.HasIndex(f => f.Token).IsUnique();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(f => f.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
