namespace Portal.Domain.Articles;

/// <summary>The title and text as one save left them; every save that changes either keeps one.</summary>
public sealed class ArticleRevision
{
    public long Id { get; set; }
    public int ArticleId { get; set; }

    /// <summary>1, 2, 3… within the article.</summary>
    public int Number { get; set; }

    public required string Title { get; set; }
    public required string Body { get; set; }
    public required string EditorId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The revision this one restored, when it was made by "restore".</summary>
    public int? RestoredFrom { get; set; }
}
