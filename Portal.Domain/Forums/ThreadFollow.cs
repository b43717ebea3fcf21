namespace Portal.Domain.Forums;

/// <summary>A member following a thread gets a notification for each new reply.</summary>
public sealed class ThreadFollow
{
    public long ThreadId { get; set; }
    public required string MemberId { get; set; }
    public DateTimeOffset Since { get; set; }
}
