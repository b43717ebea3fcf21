namespace Portal.Domain.Forums.Images;

/// <summary>A post's photo as pages show it: the address, the <c>srcset</c> of its widths, its size and description.</summary>
public sealed record PostImageView(long Id, long? PostId, string Url, string SrcSet, int Width, int Height, string Alt)
{
    internal static PostImageView Of(PostImage image) => new(
        image.Id, image.PostId, PostPhotos.Profile.Url(image.FileName), PostPhotos.Profile.SrcSet(image.FileName), image.Width, image.Height, image.Alt);
}
