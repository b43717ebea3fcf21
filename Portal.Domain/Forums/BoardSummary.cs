namespace Portal.Domain.Forums;

/// <summary>A row of the board list. <see cref="OwnerCount"/> is the members who own the club's model (0 for topic boards).</summary>
public sealed record BoardSummary(
    int Id,
    string Slug,
    BoardKind Kind,
    string Name,
    string NameZh,
    string Description,
    string DescriptionZh,
    int ThreadCount,
    int PostCount,
    DateTimeOffset? LastActivityAt,
    long? LastThreadId,
    string? LastThreadTitle,
    string? LastThreadSlug,
    int OwnerCount);
