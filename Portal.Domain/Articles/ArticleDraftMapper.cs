using Portal.Domain.Content;

namespace Portal.Domain.Articles;

/// <summary>
/// Between an editor's <see cref="ArticleDraft"/> and the stored <see cref="Article"/>: trimmed text, the body rendered
/// by the article profile, tags and target models in the editor's order; and back, as the editor opens it.
/// </summary>
internal static class ArticleDraftMapper
{
    public static void Apply(Article article, ArticleDraft draft, List<string> tags, MarkdownRenderer markdown, DateTimeOffset now, string editorId)
    {
        var rendered = markdown.RenderArticle(draft.Body);
        article.Title = draft.Title.Trim();
        article.Summary = draft.Summary.Trim();
        article.Body = draft.Body;
        article.BodyHtml = rendered.Html;
        article.PlainText = rendered.PlainText;
        article.ReadingMinutes = ReadingTime.Minutes(rendered.PlainText);
        article.Category = draft.Category;
        article.SeoTitle = Blank(draft.SeoTitle);
        article.SeoDescription = Blank(draft.SeoDescription);
        article.IsFeatured = draft.IsFeatured;
        article.UpdatedAt = now;
        article.UpdatedById = editorId;
        article.Tags.RemoveAll(t => !tags.Contains(t.Tag));
        article.Tags.AddRange(tags.Where(t => article.Tags.All(x => x.Tag != t)).Select(t => new ArticleTag { Tag = t }));
        var models = draft.ModelIds.Distinct().ToList();
        article.Models.RemoveAll(m => !models.Contains(m.ModelId));
        for (var i = 0; i < models.Count; i++)
        {
            var existing = article.Models.FirstOrDefault(m => m.ModelId == models[i]);
            if (existing is null)
            {
                article.Models.Add(new ArticleTargetModel { ModelId = models[i], Position = i });
            }
            else
            {
                existing.Position = i;
            }
        }
    }

    public static ArticleDraft ToDraft(Article article) => new()
    {
        Title = article.Title,
        Slug = article.Slug,
        Summary = article.Summary,
        Body = article.Body,
        Category = article.Category,
        Tags = [.. article.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal)],
        ModelIds = [.. article.Models.OrderBy(m => m.Position).Select(m => m.ModelId)],
        SeoTitle = article.SeoTitle,
        SeoDescription = article.SeoDescription,
        IsFeatured = article.IsFeatured,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
