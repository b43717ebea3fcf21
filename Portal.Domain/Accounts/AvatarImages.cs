using Portal.Domain.Media;

namespace Portal.Domain.Accounts;

/// <summary>Avatars: PNG/JPEG/WebP/GIF up to 2 MB, stored as a 256 px square WebP (scaled up when smaller), served at <c>/media/avatars/</c>.</summary>
public static class AvatarImages
{
    public const string Kind = "avatars";

    public static ImageProfile Profile { get; } = new()
    {
        Kind = Kind,
        MaxBytes = 2 * 1024 * 1024,
        AspectWidth = 1,
        AspectHeight = 1,
        Width = 256,
        Upscale = true,
        Quality = 85,
        Field = "Avatar",
        TooLargeProblem = ProfileProblems.AvatarTooLarge,
        NotImageProblem = ProfileProblems.AvatarNotImage,
        TooManyPixelsProblem = ProfileProblems.AvatarTooManyPixels,
    };
}
