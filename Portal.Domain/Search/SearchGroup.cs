namespace Portal.Domain.Search;

/// <summary>
/// One group of site search results: the hits on this page and how many match in all (counted no further than
/// <see cref="SiteSearch.CountCap"/>; <see cref="MoreThanCap"/> says the count stopped there).
/// </summary>
public sealed record SearchGroup<T>(IReadOnlyList<T> Hits, int Total)
{
    public bool MoreThanCap => Total >= SiteSearch.CountCap;
}
