using Portal.Domain.Data;
using Portal.Domain.Media;

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

    /// <summary>Reads at most <see cref="MaxBytes"/> + 1 bytes, decodes and writes the WebP. Returns its file name.</summary>
    public async Task<Result<string>> SaveAsync(int eventId, Stream upload, CancellationToken cancellationToken)
    {
        var content = await UploadedImage.ReadAsync(upload, MaxBytes, cancellationToken);
        if (content is null)
        {
            return new Problem(EventProblems.CoverTooLarge, "Cover", MaxBytes / 1024 / 1024);
        }

        var encoded = UploadedImage.ToWebp(content, 16, 9, Width, upscale: false, quality: 82, out _);
        if (encoded is null)
        {
            return new Problem(EventProblems.CoverNotImage, "Cover");
        }

        var fileName = $"event-{eventId}-{Guid.NewGuid():N}.webp";
        await UploadedImage.WriteAsync(paths.EventCovers, fileName, encoded, cancellationToken);
        return Result.Success(fileName);
    }

    /// <summary>The full path of a stored cover, or null when the name is not one this store writes.</summary>
    public string? Resolve(string fileName) => UploadedImage.Find(paths.EventCovers, fileName, "event-", 80);

    public void Delete(string? fileName)
    {
        if (fileName is not null && Resolve(fileName) is { } path)
        {
            File.Delete(path);
        }
    }
}
