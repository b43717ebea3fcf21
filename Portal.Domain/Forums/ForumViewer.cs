namespace Portal.Domain.Forums;

/// <summary>Who is reading: anonymous (null id), a member, or a moderator who also sees hidden content.</summary>
public sealed record ForumViewer(string? MemberId, bool IsModerator)
{
    public static ForumViewer Anonymous { get; } = new(null, false);
}
