namespace Portal.Domain.Forums.Images;

/// <summary>
/// A photo a member uploaded for a post (stored by the <see cref="PostPhotos"/> image store). It has no post until the
/// thread or reply that shows it is saved; photos that never get one are removed by <see cref="PostImageCleanup"/>.
/// </summary>
public sealed class PostImage
{
    public const int AltMaxLength = 200;

    public long Id { get; set; }
    public required string UploaderId { get; set; }

    /// <summary>The stored WebP's name in the <see cref="PostPhotos"/> store.</summary>
    public required string FileName { get; set; }

    public int Width { get; set; }
    public int Height { get; set; }
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>The post that shows the photo; null until it is posted (or after its post drops it).</summary>
    public long? PostId { get; set; }

    /// <summary>The photo's description, taken from the Markdown <c>![alt](…)</c> when it is posted.</summary>
    public string Alt { get; set; } = "";

    /// <summary>Its place among the post's photos, in the order the text shows them.</summary>
    public int Position { get; set; }
}
