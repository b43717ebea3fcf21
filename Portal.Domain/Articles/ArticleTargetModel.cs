namespace Portal.Domain.Articles;

/// <summary>A catalog model the article concerns ("for my car" and the discussion's model club use the first one).</summary>
public sealed class ArticleTargetModel
{
    public int ArticleId { get; set; }
    public int ModelId { get; set; }

    /// <summary>Order the editor chose them in; the first picks the discussion board.</summary>
    public int Position { get; set; }
}
