namespace Portal.Domain.Forums;

public sealed class PostReaction
{
    public long PostId { get; set; }
    public required string MemberId { get; set; }
    public ReactionKind Kind { get; set; }
    public DateTimeOffset At { get; set; }
}
