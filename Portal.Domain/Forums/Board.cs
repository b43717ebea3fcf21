namespace Portal.Domain.Forums;

/// <summary>
/// A forum: a model club or a topic board. Counts and latest activity are kept on the board (updated in the
/// same transaction as each post) so the board list is one small indexed read.
/// </summary>
public sealed class Board
{
    public const int SlugMaxLength = 60;
    public const int NameMaxLength = 80;
    public const int DescriptionMaxLength = 300;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public BoardKind Kind { get; set; }

    /// <summary>The catalog model of a model club; null for topic boards.</summary>
    public int? ModelId { get; set; }

    public required string Name { get; set; }
    public required string NameZh { get; set; }
    public required string Description { get; set; }
    public required string DescriptionZh { get; set; }
    public int Position { get; set; }

    public int ThreadCount { get; set; }
    public int PostCount { get; set; }
    public DateTimeOffset? LastActivityAt { get; set; }
    public long? LastThreadId { get; set; }
}
