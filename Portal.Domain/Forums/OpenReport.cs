namespace Portal.Domain.Forums;

/// <summary>A reported post in the moderators' queue, with every open report on it gathered and its author's record.</summary>
public sealed record OpenReport(
    long PostId,
    PostLocation Location,
    string ThreadTitle,
    ForumAuthor Author,
    ReportedAuthorRecord AuthorRecord,
    string PostHtml,
    bool PostHidden,
    DateTimeOffset FirstReportedAt,
    IReadOnlyList<OpenReportEntry> Reports);
