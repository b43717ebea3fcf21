using SkiaSharp;

namespace Portal.Domain.Media;

/// <summary>
/// The one way uploads become stored images (avatars, event covers): read with a size cap, judged by decoding the
/// content whatever the file claims to be, cropped to the wanted shape in the middle, re-encoded as WebP (so no
/// metadata or smuggled payload survives), and written under a name only the store makes.
/// </summary>
internal static class UploadedImage
{
    private const long MaxPixels = 40_000_000;
    private static readonly SKEncodedImageFormat[] Accepted = [SKEncodedImageFormat.Png, SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Webp, SKEncodedImageFormat.Gif];

    /// <summary>The upload's bytes, or null once it passes <paramref name="maxBytes"/> (reading stops there).</summary>
    public static async Task<byte[]?> ReadAsync(Stream upload, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The largest <paramref name="aspectWidth"/>:<paramref name="aspectHeight"/> rectangle in the middle of the picture
    /// (the whole picture when both are 0),
    /// <paramref name="width"/> pixels wide (smaller pictures are scaled up only when <paramref name="upscale"/>), as WebP.
    /// </summary>
    public static byte[]? ToWebp(byte[] content, int aspectWidth, int aspectHeight, int width, bool upscale, int quality, out ImageRejection rejection)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        rejection = codec is null || !Accepted.Contains(codec.EncodedFormat) ? ImageRejection.NotImage
            : (long)codec.Info.Width * codec.Info.Height > MaxPixels ? ImageRejection.TooManyPixels
            : ImageRejection.None;
        if (rejection != ImageRejection.None)
        {
            return null;
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            rejection = ImageRejection.NotImage;
            return null;
        }

        if (aspectWidth == 0 || aspectHeight == 0)
        {
            (aspectWidth, aspectHeight) = (decoded.Width, decoded.Height);
        }

        var (w, h) = decoded.Width * aspectHeight >= decoded.Height * aspectWidth
            ? (decoded.Height * aspectWidth / aspectHeight, decoded.Height)
            : (decoded.Width, decoded.Width * aspectHeight / aspectWidth);
        using var cropped = new SKBitmap(Math.Max(1, w), Math.Max(1, h));
        if (!decoded.ExtractSubset(cropped, SKRectI.Create((decoded.Width - w) / 2, (decoded.Height - h) / 2, w, h)))
        {
            rejection = ImageRejection.NotImage;
            return null;
        }

        var targetWidth = upscale || cropped.Width > width ? width : cropped.Width;
        var target = new SKImageInfo(targetWidth, Math.Max(1, targetWidth * aspectHeight / aspectWidth));
        using var resized = cropped.Resize(target, new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var image = SKImage.FromBitmap(resized);
        using var webp = image.Encode(SKEncodedImageFormat.Webp, quality);
        return webp.ToArray();
    }

    /// <summary>Writes to a temporary name first, so a reader never sees half a file.</summary>
    public static async Task WriteAsync(string folder, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, fileName + ".tmp");
        await File.WriteAllBytesAsync(temp, content, cancellationToken);
        File.Move(temp, Path.Combine(folder, fileName));
    }

    /// <summary>
    /// The full path of a stored image in <paramref name="folder"/>, or null when <paramref name="fileName"/> is not one
    /// a store could have written (a plain WebP name with the store's prefix, no path) or the file is gone.
    /// </summary>
    public static string? Find(string folder, string fileName, string prefix, int maxLength) =>
        IsStoredName(fileName, prefix, maxLength) && Path.Combine(folder, fileName) is var path && File.Exists(path) ? path : null;

    private static bool IsStoredName(string fileName, string prefix, int maxLength) =>
        fileName.StartsWith(prefix, StringComparison.Ordinal)
        && fileName.EndsWith(".webp", StringComparison.Ordinal)
        && fileName.Length < maxLength
        && fileName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.')
        && !fileName.Contains("..", StringComparison.Ordinal);
}
