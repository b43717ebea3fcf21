using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Events;

namespace Portal.Domain.Data.Configurations;

internal sealed class EventAnswerConfiguration : IEntityTypeConfiguration<EventAnswer>
{
    public void Configure(EntityTypeBuilder<EventAnswer> builder)
    {
        builder.HasKey(a => new { a.SignupId, a.QuestionId });
        builder.Property(a => a.Value).HasMaxLength(EventQuestion.AnswerMaxLength);
        builder.HasOne<EventQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
    }
}
