namespace Portal.Domain.Forums;

/// <summary>
/// One post in a thread. <see cref="Number"/> is its position (1 is the opening post) and never changes, so
/// page N of a thread is a range read on (ThreadId, Number), as fast on page 100 as on page 1.
/// </summary>
public sealed class Post
{
    public const int BodyMaxLength = 20_000;
    public const int HiddenReasonMaxLength = 200;

    public long Id { get; set; }
    public long ThreadId { get; set; }
    public ForumThread? Thread { get; set; }
    public int Number { get; set; }
    public required string AuthorId { get; set; }

    /// <summary>The Markdown the author wrote.</summary>
    public required string Body { get; set; }

    /// <summary>The sanitised HTML of <see cref="Body"/>, rendered once on write.</summary>
    public required string BodyHtml { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? EditedAt { get; set; }
    public int EditCount { get; set; }

    /// <summary>Removed by its author: a placeholder stays so numbering and replies still make sense.</summary>
    public bool IsDeleted { get; set; }

    public bool IsHidden { get; set; }
    public string? HiddenReason { get; set; }
    public int LikeCount { get; set; }
    public int HelpfulCount { get; set; }
}
