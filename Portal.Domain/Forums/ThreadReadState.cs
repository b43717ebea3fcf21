namespace Portal.Domain.Forums;

/// <summary>How far a member has read a thread, for "jump to first unread".</summary>
public sealed class ThreadReadState
{
    public long ThreadId { get; set; }
    public required string MemberId { get; set; }
    public int LastReadNumber { get; set; }
}
