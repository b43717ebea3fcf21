namespace Portal.Domain.Engagement.Reports;

/// <summary>The marks a report row can carry (<see cref="ReportRow.Note"/>); the UI words them as <c>Note.{value}</c>.</summary>
public static class ReportNotes
{
    /// <summary>A thread moderators have hidden.</summary>
    public const string Hidden = "hidden";

    /// <summary>An article that is not (or no longer) published.</summary>
    public const string Unpublished = "unpublished";
}
