namespace Portal.Domain.Forums;

/// <summary>Where a post lives, enough to link to it: <c>/forums/t/{ThreadId}/{Slug}?page=…#post-{Number}</c>.</summary>
public sealed record PostLocation(long ThreadId, string Slug, long PostId, int Number)
{
    public const int PostsPerPage = 20;

    public int Page => PageOf(Number);

    public string Url => ForumUrls.Post(ThreadId, Slug, Number);

    public static int PageOf(int number) => ((Math.Max(1, number) - 1) / PostsPerPage) + 1;
}
