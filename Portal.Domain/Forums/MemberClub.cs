namespace Portal.Domain.Forums;

/// <summary>
/// A board a member belongs to, as their profile lists it: the club of a model in their garage (<see cref="Drives"/>) or a
/// board they post in (<see cref="Posts"/> visible posts).
/// </summary>
public sealed record MemberClub(string Slug, string Name, string NameZh, BoardKind Kind, bool Drives, int Posts)
{
    public string Url => ForumUrls.Board(Slug);
}
