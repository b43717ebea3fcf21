using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Messaging;

namespace Portal.Domain.Data.Configurations;

internal sealed class MessageContentConfiguration : IEntityTypeConfiguration<MessageContent>
{
    public void Configure(EntityTypeBuilder<MessageContent> builder)
    {
        builder.Property(c => c.Hash).HasMaxLength(MessageContent.HashLength);
        builder.Property(c => c.TitleEnglish).HasMaxLength(MessageContent.TitleMaxLength);
        builder.Property(c => c.TitleChinese).HasMaxLength(MessageContent.TitleMaxLength);
        builder.Property(c => c.BodyEnglish).HasMaxLength(MessageContent.BodyMaxLength);
        builder.Property(c => c.BodyChinese).HasMaxLength(MessageContent.BodyMaxLength);
        builder.Property(c => c.Link).HasMaxLength(MessageContent.LinkMaxLength);
        builder.HasIndex(c => c.Hash).IsUnique();
    }
}
