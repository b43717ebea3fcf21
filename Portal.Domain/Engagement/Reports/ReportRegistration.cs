namespace Portal.Domain.Engagement.Reports;

/// <summary>One exportable report under its name (<c>/console/exports/{Name}.csv</c>); added with <c>services.AddReport</c>.</summary>
public sealed record ReportRegistration(string Name, ReportSource Source);
