namespace Portal.Domain.Content;

/// <summary>
/// A Markdown text after <see cref="MarkdownRenderer"/>: safe HTML to show, plain text to search and
/// measure, and what the text links to (for link limits and @mention notifications).
/// </summary>
public sealed record RenderedMarkdown(string Html, string PlainText, int LinkCount, IReadOnlyList<string> MentionedMemberIds);
