namespace Portal.Domain.Articles;

/// <summary>A slug an article had before; <c>/articles/{old}</c> answers 301 to the current address.</summary>
public sealed class ArticleSlugRedirect
{
    public required string Slug { get; set; }
    public int ArticleId { get; set; }
}
