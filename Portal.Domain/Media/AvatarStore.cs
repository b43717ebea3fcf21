using SkiaSharp;

namespace Portal.Domain.Media;

/// <summary>Checks, normalises and stores avatar images in the data folder.</summary>
public sealed class AvatarStore(Data.DataPaths paths)
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const int Size = 256;
    private const long MaxPixels = 40_000_000;
    private static readonly SKEncodedImageFormat[] Accepted = [SKEncodedImageFormat.Png, SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Webp, SKEncodedImageFormat.Gif];

    /// <summary>Reads at most <see cref="MaxBytes"/> + 1 bytes, decodes, and writes a 256 px WebP. Returns its file name.</summary>
    public async Task<Result<string>> SaveAsync(string userId, Stream upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return new Problem(Accounts.ProfileProblems.AvatarTooLarge, "Avatar", MaxBytes / 1024 / 1024);
            }
        }

        var encoded = Normalize(buffer.ToArray(), out var problem);
        if (encoded is null)
        {
            return problem!;
        }

        Directory.CreateDirectory(paths.Avatars);
        var fileName = $"{SafeName(userId)}-{Guid.NewGuid():N}.webp";
        var temp = Path.Combine(paths.Avatars, fileName + ".tmp");
        await File.WriteAllBytesAsync(temp, encoded, cancellationToken);
        File.Move(temp, Path.Combine(paths.Avatars, fileName));
        return Result.Success(fileName);
    }

    /// <summary>The full path of a stored avatar, or null when the name is not one this store writes.</summary>
    public string? Resolve(string fileName)
    {
        if (!IsStoredName(fileName))
        {
            return null;
        }

        var path = Path.Combine(paths.Avatars, fileName);
        return File.Exists(path) ? path : null;
    }

    public void Delete(string? fileName)
    {
        if (fileName is not null && Resolve(fileName) is { } path)
        {
            File.Delete(path);
        }
    }

    internal static byte[]? Normalize(byte[] content, out Problem? problem)
    {
        problem = null;
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || !Accepted.Contains(codec.EncodedFormat))
        {
            problem = new Problem(Accounts.ProfileProblems.AvatarNotImage, "Avatar");
            return null;
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            problem = new Problem(Accounts.ProfileProblems.AvatarTooManyPixels, "Avatar");
            return null;
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            problem = new Problem(Accounts.ProfileProblems.AvatarNotImage, "Avatar");
            return null;
        }

        var side = Math.Min(decoded.Width, decoded.Height);
        var crop = SKRectI.Create((decoded.Width - side) / 2, (decoded.Height - side) / 2, side, side);
        using var square = new SKBitmap(side, side);
        if (!decoded.ExtractSubset(square, crop))
        {
            problem = new Problem(Accounts.ProfileProblems.AvatarNotImage, "Avatar");
            return null;
        }

        using var resized = square.Resize(new SKImageInfo(Size, Size), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var image = SKImage.FromBitmap(resized);
        using var webp = image.Encode(SKEncodedImageFormat.Webp, 85);
        return webp.ToArray();
    }

    private static bool IsStoredName(string fileName) =>
        fileName.EndsWith(".webp", StringComparison.Ordinal)
        && fileName.Length < 100
        && fileName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.')
        && !fileName.Contains("..", StringComparison.Ordinal);

    private static string SafeName(string userId) => new(userId.Where(char.IsAsciiLetterOrDigit).Take(36).ToArray());
}
