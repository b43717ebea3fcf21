namespace Portal.Domain.Forums;

/// <summary>A conversation on a board: its first post is the question or topic, the rest are replies.</summary>
public sealed class ForumThread
{
    public const int TitleMinLength = 5;
    public const int TitleMaxLength = 120;
    public const int SlugMaxLength = 80;
    public const int MaxTags = 5;

    /// <summary>The slug a new thread gets from its title (URLs start with the id, so it need not be unique).</summary>
    public static string SlugFor(string title) => Content.Slug.From(title, "thread", SlugMaxLength);

    public long Id { get; set; }
    public int BoardId { get; set; }
    public Board? Board { get; set; }
    public required string AuthorId { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }
    public required string LastPosterId { get; set; }

    /// <summary>Posts in the thread, the first one included; also the number the next post gets minus one.</summary>
    public int PostCount { get; set; }

    public int ReplyCount { get; set; }

    /// <summary>Reactions on all posts of the thread, for the "top" sort.</summary>
    public int ReactionCount { get; set; }

    public int ViewCount { get; set; }
    public bool IsPinned { get; set; }
    public bool IsLocked { get; set; }
    public bool IsHidden { get; set; }
    public string? HiddenReason { get; set; }

    /// <summary>The reply the thread's author accepted as the answer.</summary>
    public long? AcceptedPostId { get; set; }

    /// <summary>The staff reply marked as the brand's official answer.</summary>
    public long? OfficialPostId { get; set; }

    public List<ThreadTag> Tags { get; } = [];
}
