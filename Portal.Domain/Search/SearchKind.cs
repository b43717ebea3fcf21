namespace Portal.Domain.Search;

/// <summary>The groups of the site search, in the order the page shows them.</summary>
public enum SearchKind
{
    Posts,
    Events,
    Articles,
    Members,
}
