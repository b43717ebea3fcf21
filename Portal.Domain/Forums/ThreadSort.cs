namespace Portal.Domain.Forums;

public enum ThreadSort
{
    /// <summary>Pinned first, then the most recent activity.</summary>
    Latest,
    Newest,

    /// <summary>Most reactions across the thread's posts.</summary>
    Top,

    /// <summary>No replies yet, newest first.</summary>
    Unanswered,
}
