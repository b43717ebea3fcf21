using Portal.Domain.Forums;
using Portal.Domain.Garage;

namespace Portal.Domain.Articles;

/// <summary>The checks every save runs; each problem names its field.</summary>
internal static class ArticleDraftRules
{
    public static List<Problem> Check(ArticleDraft draft, IReadOnlyCollection<string> tags)
    {
        var problems = new List<Problem>();
        var title = draft.Title.Trim();
        if (title.Length is < Article.TitleMinLength or > Article.TitleMaxLength)
        {
            problems.Add(new Problem(ArticleProblems.TitleLength, nameof(ArticleDraft.Title), Article.TitleMinLength, Article.TitleMaxLength));
        }

        TooLong(problems, draft.Summary, Article.SummaryMaxLength, nameof(ArticleDraft.Summary));
        TooLong(problems, draft.Body, Article.BodyMaxLength, nameof(ArticleDraft.Body));
        TooLong(problems, draft.SeoTitle, Article.SeoTitleMaxLength, nameof(ArticleDraft.SeoTitle));
        TooLong(problems, draft.SeoDescription, Article.SeoDescriptionMaxLength, nameof(ArticleDraft.SeoDescription));
        if (!string.IsNullOrWhiteSpace(draft.Slug) && draft.Slug.Trim().Length > Article.SlugMaxLength * 2)
        {
            problems.Add(new Problem(ArticleProblems.SlugInvalid, nameof(ArticleDraft.Slug)));
        }

        if (tags.Count > Article.MaxTags)
        {
            problems.Add(new Problem(ArticleProblems.TooManyTags, nameof(ArticleDraft.Tags), Article.MaxTags));
        }

        problems.AddRange(ForumTags.Check(tags.Take(Article.MaxTags).ToList()).Where(p => p.Code != ForumProblems.TooManyTags)
            .Select(p => p with { Field = nameof(ArticleDraft.Tags) }));
        if (draft.ModelIds.Any(id => ModelCatalog.Models.All(m => m.Id != id)) || draft.ModelIds.Count > Article.MaxModels)
        {
            problems.Add(new Problem(ArticleProblems.UnknownModel, nameof(ArticleDraft.ModelIds)));
        }

        if (!Enum.IsDefined(draft.Category))
        {
            problems.Add(new Problem(ArticleProblems.CategoryUnknown, nameof(ArticleDraft.Category)));
        }

        return problems;
    }

    private static void TooLong(List<Problem> problems, string? text, int max, string field)
    {
        if ((text ?? "").Length > max)
        {
            problems.Add(new Problem(ArticleProblems.TooLong, field, max));
        }
    }
}
