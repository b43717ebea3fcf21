namespace Portal.Domain.Forums;

/// <summary>One page of a thread, with the viewer's own state (following, how far they had read before this visit).</summary>
public sealed record ThreadView(ThreadHeader Thread, IReadOnlyList<PostView> Posts, int Page, int PageCount, bool Following, int LastReadNumber)
{
    /// <summary>The first post the viewer has not read, or null when they are up to date (or never opened the thread).</summary>
    public int? FirstUnreadNumber => LastReadNumber > 0 && LastReadNumber < Thread.PostCount ? LastReadNumber + 1 : null;
}
