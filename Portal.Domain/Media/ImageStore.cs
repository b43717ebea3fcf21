using System.Globalization;
using Portal.Domain.Data;
using SkiaSharp;

namespace Portal.Domain.Media;

/// <summary>
/// Checks, normalises and stores one kind of image (<see cref="ImageProfile"/>) in the data folder, through the shared
/// <see cref="UploadedImage"/> pipeline: read with the size cap, judged by decoding, cropped, re-encoded as WebP and
/// written under a name only the store makes (<c>{prefix}{owner}-{random}.webp</c>), with a copy at each of the profile's
/// <see cref="ImageProfile.ExtraWidths"/> beside it (<see cref="ImageProfile.VariantName"/>), served by the same endpoint.
/// </summary>
public sealed class ImageStore(ImageProfile profile, DataPaths paths)
{
    private const int OwnerMaxLength = 36;

    // prefix + owner + "-" + 32 hex digits + ".webp", and "-{width}w" for the extra widths' copies
    private readonly int maxNameLength = profile.FilePrefix.Length + OwnerMaxLength + 1 + 32 + 5
        + (profile.ExtraWidths.Count == 0 ? 0 : profile.ExtraWidths.Max().ToString(CultureInfo.InvariantCulture).Length + 2);

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
        foreach (var width in profile.ExtraWidths)
        {
            var variant = UploadedImage.ToWebp(content, profile.AspectWidth, profile.AspectHeight, width, profile.Upscale, profile.Quality, out _);
            await UploadedImage.WriteAsync(Folder, ImageProfile.VariantName(fileName, width), variant!, cancellationToken);
        }

        // The main file last: once it exists, every width it names in srcset does too.
        await UploadedImage.WriteAsync(Folder, fileName, encoded, cancellationToken);
        return Result.Success(fileName);
    }

    /// <summary>The full path of a stored image, or null when the name is not one this store writes.</summary>
    public string? Resolve(string fileName) => UploadedImage.Find(Folder, fileName, profile.FilePrefix, maxNameLength + 1);

    /// <summary>The pixel size of a stored image (read from its header), or null when the name does not resolve.</summary>
    public (int Width, int Height)? SizeOf(string fileName)
    {
        if (Resolve(fileName) is not { } path)
        {
            return null;
        }

        using var codec = SKCodec.Create(path);
        return codec is null ? null : (codec.Info.Width, codec.Info.Height);
    }

    /// <summary>Removes a stored image and its <see cref="ImageProfile.ExtraWidths"/> copies.</summary>
    public void Delete(string? fileName)
    {
        if (fileName is null)
        {
            return;
        }

        foreach (var name in profile.ExtraWidths.Select(w => ImageProfile.VariantName(fileName, w)).Append(fileName))
        {
            if (Resolve(name) is { } path)
            {
                File.Delete(path);
            }
        }
    }

    private static string SafeName(string owner) => new(owner.Where(char.IsAsciiLetterOrDigit).Take(OwnerMaxLength).ToArray());
}
