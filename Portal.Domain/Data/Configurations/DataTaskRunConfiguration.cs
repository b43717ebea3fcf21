using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Domain.Data.Configurations;

internal sealed class DataTaskRunConfiguration : IEntityTypeConfiguration<DataTaskRun>
{
    public void Configure(EntityTypeBuilder<DataTaskRun> builder)
    {
        builder.HasKey(r => r.Name);
        builder.Property(r => r.Name).HasMaxLength(DataTaskRun.NameMaxLength);
    }
}
