using Microsoft.Extensions.Localization;
using Portal.Accounts;
using Portal.Console.Shared;
using Portal.Domain.Accounts;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;
using Portal.Hosting;

namespace Portal.Console;

internal static class ConsoleExportEndpoints
{
    /// <summary>
    /// Every registered report (<see cref="ReportServiceCollectionExtensions.AddReport"/>) as CSV, for operators:
    /// <c>/console/exports/{report}.csv?days=30</c> (or <c>from</c>/<c>to</c>, and <c>id</c> for a per-item report), headers in
    /// the request's culture, through the one CSV writer; each download is audited.
    /// </summary>
    public static void MapConsoleExports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/console/exports/{report}.csv", async (string report, string? days, string? from, string? to, string? id, HttpContext http,
                ReportExports exports, EngagementCalendar calendar, TimeProvider clock, IStringLocalizer<ConsoleText> text, CancellationToken cancellationToken) =>
            {
                var period = ReportPeriod.Parse(days, from, to, calendar.DayOf(clock.GetUtcNow()));
                if (await exports.ExportAsync(http.User.UserId(), report, new ReportRequest(period, id), cancellationToken) is not { } table)
                {
                    return Results.NotFound();
                }

                var csv = table.ToCsv(column => text[$"Column.{column.Key}"], ReportCellText.Withheld(text, table.MinGroupSize));
                return Results.File(csv, "text/csv; charset=utf-8", id is null ? $"{report}-{period.FileSuffix}.csv" : $"{report}-{id}-{period.FileSuffix}.csv");
            })
            .RequireAuthorization(Policies.CanOperate)
            .RateLimitedAs(RateLimitKind.Api);
}
