using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Accounts;
using Portal.Domain.Events;
using Portal.Domain.Forums;

namespace Portal.Domain.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<OwnerEvent>
{
    public void Configure(EntityTypeBuilder<OwnerEvent> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(OwnerEvent.TitleMaxLength);
        builder.Property(e => e.Slug).HasMaxLength(OwnerEvent.SlugMaxLength);
        builder.Property(e => e.Description).HasMaxLength(OwnerEvent.DescriptionMaxLength);
        builder.Property(e => e.CoverFile).HasMaxLength(100);
        builder.Property(e => e.TimeZoneId).HasMaxLength(64);
        builder.Property(e => e.City).HasMaxLength(OwnerEvent.CityMaxLength);
        builder.Property(e => e.Venue).HasMaxLength(OwnerEvent.VenueMaxLength);
        builder.Property(e => e.Address).HasMaxLength(OwnerEvent.AddressMaxLength);
        builder.Property(e => e.MapUrl).HasMaxLength(OwnerEvent.UrlMaxLength);
        builder.Property(e => e.OnlineUrl).HasMaxLength(OwnerEvent.UrlMaxLength);
        builder.Property(e => e.SeriesKey).HasMaxLength(OwnerEvent.SeriesKeyLength);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Eligibility).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(e => e.Url);
        builder.Ignore(e => e.SignupClosesOrStart);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(e => e.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.EligibleModels).WithOne().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ForumThread>().WithMany().HasForeignKey(e => e.ThreadId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => e.ThreadId);
        builder.HasMany(e => e.Questions).WithOne().HasForeignKey(q => q.EventId).OnDelete(DeleteBehavior.Cascade);

        // The list sorts by start (upcoming) within a status; the calendar reads a start range; series read by key.
        builder.HasIndex(e => new { e.Status, e.StartsAt });
        builder.HasIndex(e => new { e.City, e.StartsAt });
        builder.HasIndex(e => e.SeriesKey);
    }
}
