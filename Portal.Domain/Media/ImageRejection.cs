namespace Portal.Domain.Media;

/// <summary>Why an uploaded image was refused.</summary>
public enum ImageRejection
{
    None,
    NotImage,
    TooManyPixels,
}
