namespace Portal.Domain.Forums;

/// <summary>The text a post had before an edit; moderators can read the history.</summary>
public sealed class PostRevision
{
    public long Id { get; set; }
    public long PostId { get; set; }
    public required string Body { get; set; }
    public required string EditorId { get; set; }

    /// <summary>When this text was replaced.</summary>
    public DateTimeOffset ReplacedAt { get; set; }
}
