namespace Portal.Domain.Articles;

/// <summary>An entry of an article's table of contents: an h2 or h3 of the body that has an id to link to.</summary>
public sealed record ArticleHeading(int Level, string Id, string Text);
