using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Events;

namespace Portal.Domain.Data.Configurations;

internal sealed class EventQuestionConfiguration : IEntityTypeConfiguration<EventQuestion>
{
    public void Configure(EntityTypeBuilder<EventQuestion> builder)
    {
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(q => q.Prompt).HasMaxLength(EventQuestion.PromptMaxLength);
        builder.Property(q => q.Choices).HasMaxLength(EventQuestion.ChoicesMaxLength);
        builder.HasIndex(q => new { q.EventId, q.Position });
    }
}
