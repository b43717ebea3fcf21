namespace Portal.Domain.Articles;

/// <summary>What kind of article it is; each category has its own list filter and feed.</summary>
public enum ArticleCategory
{
    News,
    Guides,
    OwnerStories,
    ServiceNotices,
}
