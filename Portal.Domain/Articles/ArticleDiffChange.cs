namespace Portal.Domain.Articles;

/// <summary>What happened to one line between two revisions.</summary>
public enum ArticleDiffChange
{
    Unchanged,
    Added,
    Removed,
}
