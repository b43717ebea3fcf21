namespace Portal.Domain.Content;

/// <summary>
/// A Markdown text after <see cref="MarkdownRenderer"/>: safe HTML to show, plain text to search and
/// measure, what the text links to (for link limits and @mention notifications), and the images it shows, in order
/// (a post's photos become the post's).
/// </summary>
public sealed record RenderedMarkdown(string Html, string PlainText, int LinkCount, IReadOnlyList<string> MentionedMemberIds, IReadOnlyList<MarkdownImage> Images);
