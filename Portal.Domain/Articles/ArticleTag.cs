namespace Portal.Domain.Articles;

/// <summary>A tag on an article (lower-case, the forum's tag rules).</summary>
public sealed class ArticleTag
{
    public int ArticleId { get; set; }
    public required string Tag { get; set; }
}
