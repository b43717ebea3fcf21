using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;

namespace Portal.Domain.Engagement.Reports;

/// <summary>An operator's export of a registered report: builds the table and writes an <see cref="AuditEntry"/> for it.</summary>
public sealed class ReportExports(ReportRegistry registry, IServiceProvider services, IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
{
    public const string AuditTargetType = "Report";

    /// <summary>The report's table, or null when no report has that name or it names no item.</summary>
    public async Task<ReportTable?> ExportAsync(string operatorId, string report, ReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (registry.Find(report) is not { } source || await source(services, request, cancellationToken) is not { } table)
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = operatorId,
            Action = AuditActions.ConsoleExported,
            TargetType = AuditTargetType,
            TargetId = report,
            Detail = request.Id is null ? request.Period.FileSuffix : $"{request.Id} {request.Period.FileSuffix}",
            At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return table;
    }
}
