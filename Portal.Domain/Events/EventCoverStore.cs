using SkiaSharp;
using Portal.Domain.Data;

namespace Portal.Domain.Events;

/// <summary>
/// Checks, normalises and stores event cover images, the way <see cref="Media.AvatarStore"/> does avatars: the content
/// is decoded (whatever the file claims to be), cropped to 16:9, scaled down to at most 1280 × 720 and re-encoded as
/// WebP, so no metadata or smuggled payload survives.
/// </summary>
public sealed class EventCoverStore(DataPaths paths)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int Width = 1280;
    public const int Height = 720;
    private const long MaxPixels = 40_000_000;
    private static readonly SKEncodedImageFormat[] Accepted = [SKEncodedImageFormat.Png, SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Webp, SKEncodedImageFormat.Gif];

    /// <summary>Reads at most <see cref="MaxBytes"/> + 1 bytes, decodes and writes the WebP. Returns its file name.</summary>
    public async Task<Result<string>> SaveAsync(int eventId, Stream upload, CancellationToken cancellationToken)
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
                return new Problem(EventProblems.CoverTooLarge, "Cover", MaxBytes / 1024 / 1024);
            }
        }

        var encoded = Normalize(buffer.ToArray());
        if (encoded is null)
        {
            return new Problem(EventProblems.CoverNotImage, "Cover");
        }

        Directory.CreateDirectory(paths.EventCovers);
        var fileName = $"event-{eventId}-{Guid.NewGuid():N}.webp";
        var temp = Path.Combine(paths.EventCovers, fileName + ".tmp");
        await File.WriteAllBytesAsync(temp, encoded, cancellationToken);
        File.Move(temp, Path.Combine(paths.EventCovers, fileName));
        return Result.Success(fileName);
    }

    /// <summary>The full path of a stored cover, or null when the name is not one this store writes.</summary>
    public string? Resolve(string fileName)
    {
        if (!(fileName.StartsWith("event-", StringComparison.Ordinal) && fileName.EndsWith(".webp", StringComparison.Ordinal) && fileName.Length < 80
            && fileName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.') && !fileName.Contains("..", StringComparison.Ordinal)))
        {
            return null;
        }

        var path = Path.Combine(paths.EventCovers, fileName);
        return File.Exists(path) ? path : null;
    }

    public void Delete(string? fileName)
    {
        if (fileName is not null && Resolve(fileName) is { } path)
        {
            File.Delete(path);
        }
    }

    internal static byte[]? Normalize(byte[] content)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || !Accepted.Contains(codec.EncodedFormat) || (long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return null;
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return null;
        }

        // The largest 16:9 rectangle in the middle of the picture.
        var (w, h) = decoded.Width * 9 >= decoded.Height * 16 ? (decoded.Height * 16 / 9, decoded.Height) : (decoded.Width, decoded.Width * 9 / 16);
        using var cropped = new SKBitmap(Math.Max(1, w), Math.Max(1, h));
        if (!decoded.ExtractSubset(cropped, SKRectI.Create((decoded.Width - w) / 2, (decoded.Height - h) / 2, w, h)))
        {
            return null;
        }

        var target = cropped.Width > Width ? new SKImageInfo(Width, Height) : new SKImageInfo(cropped.Width, cropped.Height);
        using var resized = cropped.Resize(target, new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var image = SKImage.FromBitmap(resized);
        using var webp = image.Encode(SKEncodedImageFormat.Webp, 82);
        return webp.ToArray();
    }
}
