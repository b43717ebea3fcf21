namespace Portal.Domain.Engagement.Reports;

/// <summary>Builds one report from the request's scope; null when the request names nothing (an unknown item).</summary>
public delegate Task<ReportTable?> ReportSource(IServiceProvider services, ReportRequest request, CancellationToken cancellationToken);
