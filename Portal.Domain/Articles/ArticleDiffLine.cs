namespace Portal.Domain.Articles;

/// <summary>One line of a compared text: its number in its own revision (none for a removed line in the inline view's new numbering) and what happened to it.</summary>
public sealed record ArticleDiffLine(ArticleDiffChange Change, int? Number, string Text);
