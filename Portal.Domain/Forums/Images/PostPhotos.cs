using Portal.Domain.Content;
using Portal.Domain.Media;

namespace Portal.Domain.Forums.Images;

/// <summary>
/// Photos in threads and replies: up to 8 MB, kept in their own shape, stored at most 1600 px wide as WebP with 480 and
/// 960 px copies for <c>srcset</c>, served at <c>/media/post-images/</c>. Re-encoding drops every bit of metadata (GPS too).
/// </summary>
public static class PostPhotos
{
    public const string Kind = "post-images";

    public static ImageProfile Profile { get; } = new()
    {
        Kind = Kind,
        MaxBytes = 8 * 1024 * 1024,
        AspectWidth = 0,
        AspectHeight = 0,
        Width = 1600,
        Upscale = false,
        Quality = 82,
        FilePrefix = "photo-",
        Field = "Photo",
        ExtraWidths = [480, 960],
        TooLargeProblem = ForumProblems.PhotoTooLarge,
        NotImageProblem = ForumProblems.NotAPhoto,
        TooManyPixelsProblem = ForumProblems.NotAPhoto,
    };

    /// <summary>How many different uploaded photos a rendered post shows.</summary>
    public static int CountIn(RenderedMarkdown rendered)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        return rendered.Images.Select(i => FileNameOf(i.Url)).OfType<string>().Distinct(StringComparer.Ordinal).Count();
    }

    /// <summary>The smallest copy of a stored photo, for thumbnails.</summary>
    public static string ThumbnailUrl(string fileName) => Profile.Url(ImageProfile.VariantName(fileName, Profile.ExtraWidths.Min()));

    /// <summary>The stored file name a post's Markdown points at (<c>/media/post-images/{name}</c>), or null for any other address.</summary>
    public static string? FileNameOf(string? url)
    {
        var prefix = Profile.Url("");
        return url is not null && url.StartsWith(prefix, StringComparison.Ordinal) && url.Length > prefix.Length && url.IndexOf('/', prefix.Length) < 0
            ? url[prefix.Length..]
            : null;
    }
}
