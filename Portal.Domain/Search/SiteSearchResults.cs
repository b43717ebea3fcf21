using Portal.Domain.Articles;
using Portal.Domain.Forums;

namespace Portal.Domain.Search;

/// <summary>
/// What the site search found, grouped. <see cref="Partial"/> is true when no result had every word, and the groups
/// hold the best partial matches instead; <see cref="MembersShown"/> is false for visitors, who cannot search members.
/// </summary>
public sealed record SiteSearchResults(
    string Query,
    bool Partial,
    SearchGroup<SearchHit> Posts,
    SearchGroup<EventSearchHit> Events,
    SearchGroup<ArticleSearchHit> Articles,
    SearchGroup<MemberSearchHit> Members,
    bool MembersShown)
{
    public static SiteSearchResults None(string query, bool membersShown) =>
        new(query, false, new SearchGroup<SearchHit>([], 0), new SearchGroup<EventSearchHit>([], 0), new SearchGroup<ArticleSearchHit>([], 0), new SearchGroup<MemberSearchHit>([], 0), membersShown);

    public int Total => Posts.Total + Events.Total + Articles.Total + Members.Total;

    public int CountOf(SearchKind kind) => kind switch
    {
        SearchKind.Posts => Posts.Total,
        SearchKind.Events => Events.Total,
        SearchKind.Articles => Articles.Total,
        _ => Members.Total,
    };
}
