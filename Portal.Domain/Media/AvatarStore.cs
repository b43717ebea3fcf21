namespace Portal.Domain.Media;

/// <summary>Checks, normalises and stores avatar images in the data folder: a 256 px square WebP (see <see cref="UploadedImage"/>).</summary>
public sealed class AvatarStore(Data.DataPaths paths)
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const int Size = 256;

    /// <summary>Reads at most <see cref="MaxBytes"/> + 1 bytes, decodes, and writes a 256 px WebP. Returns its file name.</summary>
    public async Task<Result<string>> SaveAsync(string userId, Stream upload, CancellationToken cancellationToken)
    {
        var content = await UploadedImage.ReadAsync(upload, MaxBytes, cancellationToken);
        if (content is null)
        {
            return new Problem(Accounts.ProfileProblems.AvatarTooLarge, "Avatar", MaxBytes / 1024 / 1024);
        }

        var encoded = UploadedImage.ToWebp(content, 1, 1, Size, upscale: true, quality: 85, out var rejection);
        if (encoded is null)
        {
            return new Problem(rejection == ImageRejection.TooManyPixels ? Accounts.ProfileProblems.AvatarTooManyPixels : Accounts.ProfileProblems.AvatarNotImage, "Avatar");
        }

        var fileName = $"{SafeName(userId)}-{Guid.NewGuid():N}.webp";
        await UploadedImage.WriteAsync(paths.Avatars, fileName, encoded, cancellationToken);
        return Result.Success(fileName);
    }

    /// <summary>The full path of a stored avatar, or null when the name is not one this store writes.</summary>
    public string? Resolve(string fileName) => UploadedImage.Find(paths.Avatars, fileName, "", 100);

    public void Delete(string? fileName)
    {
        if (fileName is not null && Resolve(fileName) is { } path)
        {
            File.Delete(path);
        }
    }

    private static string SafeName(string userId) => new(userId.Where(char.IsAsciiLetterOrDigit).Take(36).ToArray());
}
