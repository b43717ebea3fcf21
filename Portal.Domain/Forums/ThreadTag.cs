namespace Portal.Domain.Forums;

public sealed class ThreadTag
{
    public const int MaxLength = 30;

    public long ThreadId { get; set; }
    public required string Tag { get; set; }
}
