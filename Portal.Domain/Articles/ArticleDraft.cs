namespace Portal.Domain.Articles;

/// <summary>What the editor's form sends on every save. An empty <see cref="Slug"/> means "from the title".</summary>
public sealed record ArticleDraft
{
    public string Title { get; init; } = "";
    public string? Slug { get; init; }
    public string Summary { get; init; } = "";
    public string Body { get; init; } = "";
    public ArticleCategory Category { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Catalog model ids in the editor's order; the first picks the discussion's model club.</summary>
    public IReadOnlyList<int> ModelIds { get; init; } = [];

    public string? SeoTitle { get; init; }
    public string? SeoDescription { get; init; }
    public bool IsFeatured { get; init; }
}
