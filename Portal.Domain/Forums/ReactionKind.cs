namespace Portal.Domain.Forums;

public enum ReactionKind
{
    Like,
    Helpful,
}
