namespace Portal.Domain.Articles;

/// <summary>
/// Where an article is in its life. Draft → Scheduled (a time is set) → Published (now or at that time); Published →
/// Draft (unpublished) or Archived; Archived → Draft. Only Published articles are visible outside the Studio.
/// </summary>
public enum ArticleStatus
{
    Draft,
    Scheduled,
    Published,
    Archived,
}
