using System.Globalization;
using Portal.Domain.Data;

namespace Portal.Domain.Media;

/// <summary>
/// Checks, normalises and stores one kind of image (<see cref="ImageProfile"/>) in the data folder, through the shared
/// <see cref="UploadedImage"/> pipeline: read with the size cap, judged by decoding, cropped, re-encoded as WebP and
/// written under a name only the store makes (<c>{prefix}{owner}-{random}.webp</c>).
/// </summary>
public sealed class ImageStore(ImageProfile profile, DataPaths paths)
{
    private const int OwnerMaxLength = 36;

    // prefix + owner + "-" + 32 hex digits + ".webp"
    private readonly int maxNameLength = profile.FilePrefix.Length + OwnerMaxLength + 1 + 32 + 5;

    public ImageProfile Profile => profile;

    /// <summary>The folder this kind is stored in: <c>uploads/{Kind}</c> in the data folder.</summary>
    public string Folder { get; } = Path.Combine(paths.Uploads, profile.Kind);

    /// <summary>Reads at most <see cref="ImageProfile.MaxBytes"/> + 1 bytes, decodes, and writes the WebP. Returns its file name.</summary>
    public async Task<Result<string>> SaveAsync(string owner, Stream upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var content = await UploadedImage.ReadAsync(upload, profile.MaxBytes, cancellationToken);
        if (content is null)
        {
            return new Problem(profile.TooLargeProblem, profile.Field, profile.MaxMegabytes);
        }

        var encoded = UploadedImage.ToWebp(content, profile.AspectWidth, profile.AspectHeight, profile.Width, profile.Upscale, profile.Quality, out var rejection);
        if (encoded is null)
        {
            return new Problem(rejection == ImageRejection.TooManyPixels ? profile.TooManyPixelsProblem : profile.NotImageProblem, profile.Field);
        }

        var fileName = string.Create(CultureInfo.InvariantCulture, $"{profile.FilePrefix}{SafeName(owner)}-{Guid.NewGuid():N}.webp");
        await UploadedImage.WriteAsync(Folder, fileName, encoded, cancellationToken);
        return Result.Success(fileName);
    }

    /// <summary>The full path of a stored image, or null when the name is not one this store writes.</summary>
    public string? Resolve(string fileName) => UploadedImage.Find(Folder, fileName, profile.FilePrefix, maxNameLength + 1);

    public void Delete(string? fileName)
    {
        if (fileName is not null && Resolve(fileName) is { } path)
        {
            File.Delete(path);
        }
    }

    private static string SafeName(string owner) => new(owner.Where(char.IsAsciiLetterOrDigit).Take(OwnerMaxLength).ToArray());
}
