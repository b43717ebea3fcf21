namespace Portal.Domain.Articles;

/// <summary>One revision in the history list (the text is read only when two are compared).</summary>
public sealed record ArticleRevisionRow(int Number, string Title, string EditorName, DateTimeOffset CreatedAt, int? RestoredFrom, int Length);
