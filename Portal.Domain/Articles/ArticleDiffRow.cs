namespace Portal.Domain.Articles;

/// <summary>One row of the side-by-side view: the older revision's line on the left, the newer one's on the right; null where one side has no line.</summary>
public sealed record ArticleDiffRow(ArticleDiffLine? Old, ArticleDiffLine? New);
