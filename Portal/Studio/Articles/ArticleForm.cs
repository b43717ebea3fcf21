using Portal.Domain.Articles;

namespace Portal.Studio.Articles;

/// <summary>The editor's fields while they are being typed in; <see cref="ToDraft"/> is what a save sends.</summary>
public sealed class ArticleForm
{
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public ArticleCategory Category { get; set; }
    public List<string> Tags { get; init; } = [];
    public List<int> ModelIds { get; init; } = [];
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    public bool IsFeatured { get; set; }

    public static ArticleForm From(ArticleDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new ArticleForm
        {
            Title = draft.Title,
            Slug = draft.Slug ?? "",
            Summary = draft.Summary,
            Body = draft.Body,
            Category = draft.Category,
            Tags = [.. draft.Tags],
            ModelIds = [.. draft.ModelIds],
            SeoTitle = draft.SeoTitle,
            SeoDescription = draft.SeoDescription,
            IsFeatured = draft.IsFeatured,
        };
    }

    public ArticleDraft ToDraft() => new()
    {
        Title = Title,
        Slug = string.IsNullOrWhiteSpace(Slug) ? null : Slug,
        Summary = Summary,
        Body = Body,
        Category = Category,
        Tags = [.. Tags],
        ModelIds = [.. ModelIds],
        SeoTitle = SeoTitle,
        SeoDescription = SeoDescription,
        IsFeatured = IsFeatured,
    };

    /// <summary>The slug the title gives (what the slug field follows until the editor types their own).</summary>
    public string SlugFromTitle() => ArticleSlugs.Requested(new ArticleDraft { Title = Title });
}
