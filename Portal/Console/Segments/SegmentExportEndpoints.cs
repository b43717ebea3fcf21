using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Accounts;
using Portal.Domain.Accounts;
using Portal.Domain.Content;
using Portal.Domain.Engagement;
using Portal.Domain.Garage;
using Portal.Domain.Segments;
using Portal.Hosting;

namespace Portal.Console.Segments;

internal static class SegmentExportEndpoints
{
    /// <summary>Response header with the number of members the list will hold (the download's progress bar reads it).</summary>
    public const string TotalHeader = "X-Segment-Members";

    private static readonly string[] Headers = ["Id", "Name", "City", "Cars", "Verified", "Stage", "Joined", "LastActive"];

    /// <summary>
    /// <c>/console/segments/{id}/members.csv</c>, for operators: every member of the segment (name, city, cars, verified,
    /// stage, joined, last active; no contact details), streamed a page at a time through the one CSV writer, headers in
    /// the request's culture. Audited (<c>console.exported</c>); a segment under the privacy floor is refused (409).
    /// </summary>
    public static void MapSegmentExports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/console/segments/{id:int}/members.csv", async (int id, HttpContext http, SegmentService segments, SegmentEvaluator evaluator,
                SegmentMembers members, PrivacyFloor floor, EngagementCalendar calendar, TimeProvider clock, IStringLocalizer<SegmentsText> text,
                IStringLocalizer<ConsoleText> console, CancellationToken ct) =>
            {
                if (await segments.GetAsync(id, ct) is not { } segment)
                {
                    return Results.NotFound();
                }

                var total = await evaluator.CountAsync(segment.Definition, ct);
                if (total == 0 || !floor.Shows(total))
                {
                    return Results.Conflict();
                }

                await members.AuditExportedAsync(http.User.UserId(), id, ct);
                var day = EngagementCalendar.DateOf(calendar.DayOf(clock.GetUtcNow())).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                http.Response.Headers[TotalHeader] = total.ToString(CultureInfo.InvariantCulture);
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"segment-{id.ToString(CultureInfo.InvariantCulture)}-members-{day}.csv\"";
                http.Response.ContentType = "text/csv; charset=utf-8";
                var csv = new CsvWriter().Row(Headers.Select(h => text[$"Csv.{h}"].Value));
                await csv.DrainToAsync(http.Response.Body, ct);
                await foreach (var page in members.PagesAsync(segment.Definition, ct))
                {
                    foreach (var row in page)
                    {
                        csv.Row(Cells(row, text, console, calendar));
                    }

                    await csv.DrainToAsync(http.Response.Body, ct);
                    await http.Response.Body.FlushAsync(ct);
                }

                return Results.Empty;
            })
            .RequireAuthorization(Policies.CanOperate)
            .RateLimitedAs(RateLimitKind.Api);

    private static string[] Cells(SegmentMemberRow row, IStringLocalizer<SegmentsText> text, IStringLocalizer<ConsoleText> console, EngagementCalendar calendar) =>
    [
        row.Id,
        row.DisplayName,
        row.City ?? "",
        string.Join("; ", row.ModelIds.Select(id => ModelCatalog.Models.FirstOrDefault(m => m.Id == id)?.Name ?? id.ToString(CultureInfo.InvariantCulture))),
        text[row.Verified ? "Csv.Yes" : "Csv.No"],
        row.Stage is { } stage ? console[$"Stage.{stage}"] : "",
        Day(calendar, row.JoinedAt),
        row.LastActiveAt is { } last ? Day(calendar, last) : "",
    ];

    private static string Day(EngagementCalendar calendar, DateTimeOffset at) =>
        EngagementCalendar.DateOf(calendar.DayOf(at)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
