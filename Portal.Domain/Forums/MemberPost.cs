namespace Portal.Domain.Forums;

/// <summary>A thread a member started (<see cref="Number"/> 1) or a reply they wrote, as their profile lists it.</summary>
public sealed record MemberPost(long ThreadId, string ThreadTitle, string ThreadSlug, int Number, string Excerpt, DateTimeOffset CreatedAt)
{
    public bool StartedThread => Number == 1;

    public string Url => StartedThread ? ForumUrls.Thread(ThreadId, ThreadSlug) : ForumUrls.Post(ThreadId, ThreadSlug, Number);
}
