namespace Portal.Domain.Messaging;

/// <summary>
/// The words of a message in both languages, stored once however many members get it (an announcement to 10,000 members
/// is one row here and 10,000 deliveries). <see cref="Hash"/> (SHA-256 of every field) finds the same content again.
/// </summary>
public sealed class MessageContent
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 20_000;
    public const int LinkMaxLength = 300;
    public const int HashLength = 64;

    public long Id { get; set; }
    public required string Hash { get; set; }
    public required string TitleEnglish { get; set; }
    public required string TitleChinese { get; set; }
    public required string BodyEnglish { get; set; }
    public required string BodyChinese { get; set; }
    public string? Link { get; set; }
}
