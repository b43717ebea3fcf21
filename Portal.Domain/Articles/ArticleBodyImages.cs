using Portal.Domain.Media;

namespace Portal.Domain.Articles;

/// <summary>
/// Pictures inside an article's text: up to 8 MB, kept in their own shape, stored at most 1600 px wide as WebP and served
/// at <c>/media/article-images/</c>. The article profile of the Markdown renderer shows only images from here.
/// </summary>
public static class ArticleBodyImages
{
    public const string Kind = "article-images";

    public static ImageProfile Profile { get; } = new()
    {
        Kind = Kind,
        MaxBytes = 8 * 1024 * 1024,
        AspectWidth = 0,
        AspectHeight = 0,
        Width = 1600,
        Upscale = false,
        Quality = 82,
        FilePrefix = "image-",
        Field = "Image",
        TooLargeProblem = ArticleProblems.ImageTooLarge,
        NotImageProblem = ArticleProblems.NotImage,
        TooManyPixelsProblem = ArticleProblems.NotImage,
    };
}
