namespace Portal.Domain.Media;

/// <summary>
/// One kind of stored image: its <see cref="Kind"/> names the folder (<c>uploads/{Kind}</c> in the data folder) and the
/// address (<c>/media/{Kind}/{file}</c>); the rest says how large an upload may be, the shape it is cropped to, the width
/// it is stored at, and which problem codes a refusal carries. Another kind (say, article covers) is one more profile
/// registered with <see cref="MediaServiceCollectionExtensions.AddImageStore"/>.
/// </summary>
public sealed class ImageProfile
{
    /// <summary>Folder and URL segment, e.g. <c>avatars</c>; also the key of the kind's <see cref="ImageStore"/>.</summary>
    public required string Kind { get; init; }

    public required long MaxBytes { get; init; }

    /// <summary>The crop's shape, e.g. 1:1 or 16:9, taken from the middle of the picture; 0:0 keeps the picture's own shape.</summary>
    public required int AspectWidth { get; init; }

    public required int AspectHeight { get; init; }

    /// <summary>The stored width; smaller pictures are scaled up to it only when <see cref="Upscale"/>.</summary>
    public required int Width { get; init; }

    public bool Upscale { get; init; }

    /// <summary>WebP quality, 0–100.</summary>
    public int Quality { get; init; } = 85;

    /// <summary>What every stored name starts with, before the owner's id (e.g. <c>event-</c>).</summary>
    public string FilePrefix { get; init; } = "";

    /// <summary>The form field refusals are reported on.</summary>
    public required string Field { get; init; }

    public required string TooLargeProblem { get; init; }

    public required string NotImageProblem { get; init; }

    public required string TooManyPixelsProblem { get; init; }

    /// <summary>The stored height for a cropped kind; 0 when the kind keeps each picture's own shape.</summary>
    public int Height => AspectWidth == 0 ? 0 : Width * AspectHeight / AspectWidth;

    /// <summary><see cref="MaxBytes"/> in whole megabytes, as the refusal and the help text state it.</summary>
    public long MaxMegabytes => MaxBytes / 1024 / 1024;

    /// <summary>Smaller widths stored beside the main file (for <c>srcset</c>), each under <see cref="VariantName"/>.</summary>
    public IReadOnlyList<int> ExtraWidths { get; init; } = [];

    /// <summary>The site-relative address a stored file is served at.</summary>
    public string Url(string fileName) => $"/media/{Kind}/{fileName}";

    /// <summary>The name of a stored file's <paramref name="width"/>-pixel copy: <c>{name}-{width}w.webp</c>.</summary>
    public static string VariantName(string fileName, int width)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(fileName)}-{width}w.webp");
    }

    /// <summary>The <c>srcset</c> value for a stored file: each extra width, then the main file at <see cref="Width"/>.</summary>
    public string SrcSet(string fileName) =>
        string.Join(", ", ExtraWidths.Order().Select(w => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Url(VariantName(fileName, w))} {w}w"))
            .Append(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Url(fileName)} {Width}w")));
}
