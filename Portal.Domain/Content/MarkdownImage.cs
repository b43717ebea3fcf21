namespace Portal.Domain.Content;

/// <summary>An image a Markdown text shows: <c>![Alt](Url)</c>.</summary>
public sealed record MarkdownImage(string Url, string Alt);
