using MudBlazor;

namespace Portal.Forums.Moderation;

/// <summary>What became of a reported post, already worded for the moderator.</summary>
public sealed record ReportOutcome(string Message, Severity Severity);
