using Portal.Domain.Media;

namespace Portal.Domain.Articles;

/// <summary>Article covers: up to 8 MB, cropped to 16:9 and stored at most 1600 px wide as WebP (with 480 and 960 px copies for <c>srcset</c>), served at <c>/media/articles/</c>.</summary>
public static class ArticleCoverImages
{
    public const string Kind = "articles";

    public static ImageProfile Profile { get; } = new()
    {
        Kind = Kind,
        MaxBytes = 8 * 1024 * 1024,
        AspectWidth = 16,
        AspectHeight = 9,
        Width = 1600,
        ExtraWidths = [480, 960],
        Upscale = false,
        Quality = 82,
        FilePrefix = "article-",
        Field = "Cover",
        TooLargeProblem = ArticleProblems.ImageTooLarge,
        NotImageProblem = ArticleProblems.NotImage,
        TooManyPixelsProblem = ArticleProblems.NotImage,
    };
}
