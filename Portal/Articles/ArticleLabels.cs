using Portal.Domain.Articles;

namespace Portal.Articles;

/// <summary>Resource keys of the article pages' labels that depend on a value (in ArticleText).</summary>
internal static class ArticleLabels
{
    public static string CategoryKey(ArticleCategory category) => $"Category.{category}";
}
