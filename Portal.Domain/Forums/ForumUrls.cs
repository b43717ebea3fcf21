using Portal.Domain.Activity;

namespace Portal.Domain.Forums;

/// <summary>Site-relative addresses of forum pages, shared by notifications, activity, seeding and the UI.</summary>
public static class ForumUrls
{
    public const string Index = "/forums";

    public const string Search = "/forums/search";

    public const string Moderation = "/studio/moderation";

    public static string Board(string boardSlug) => $"{Index}/{boardSlug}";

    public static string BoardTag(string boardSlug, string tag) => UrlQuery.Append(Board(boardSlug), ("tag", tag));

    public static string NewThread(string boardSlug) => $"{Board(boardSlug)}/new";

    public static string Thread(long threadId, string slug) => $"{Index}/t/{threadId}/{slug}";

    /// <summary>Page <paramref name="page"/> of a thread; page 1 is the thread's own address.</summary>
    public static string ThreadPage(long threadId, string slug, int page) => UrlQuery.Append(Thread(threadId, slug), ("page", page > 1 ? page.Invariant() : null));

    /// <summary>Post number <paramref name="number"/> on the page that holds it.</summary>
    public static string Post(long threadId, string slug, int number) => $"{ThreadPage(threadId, slug, PostLocation.PageOf(number))}#{PostAnchor(number)}";

    /// <summary>The element id of post <paramref name="number"/> on a thread page, which post links end with.</summary>
    public static string PostAnchor(int number) => $"post-{number}";

    public static string SearchFor(string query) => UrlQuery.Append(Search, ("q", query));
}
