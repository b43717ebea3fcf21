namespace Portal.Domain.Forums;

public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Page, bool HasMore);
