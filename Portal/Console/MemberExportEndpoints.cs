using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Accounts;
using Portal.Domain.Accounts;
using Portal.Domain.Content;
using Portal.Domain.Engagement;

namespace Portal.Console;

internal static class MemberExportEndpoints
{
    private static readonly string[] Headers = ["Members.Name", "Members.Email", "MemberFilter.City", "Members.Roles", "Members.CarsCount", "Members.VerifiedCount", "Members.Joined"];

    /// <summary>
    /// <c>/console/members.csv</c> with the members page's filters, for operators: every member they match (name, email,
    /// city, staff roles, cars, verified cars, joined day), streamed a page at a time through the one CSV writer, headers
    /// in the request's culture. An operator's list of named members, not an aggregate, so no privacy floor; audited
    /// (<c>console.exported</c>, the filters as detail).
    /// </summary>
    public static void MapMemberExports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(MemberListUrls.Csv, async (HttpContext http, MemberDirectory members, EngagementCalendar calendar, TimeProvider clock,
                IStringLocalizer<ConsoleText> text, string? q, string? verified, string? model, string? city, string? role, string? from, string? to, CancellationToken ct) =>
            {
                var query = MemberListUrls.Parse(q, verified, model, city, role, from, to, page: null);
                var address = MemberListUrls.CsvFor(query);
                await members.AuditExportedAsync(http.User.UserId(), Uri.UnescapeDataString(address[Math.Min(address.Length, MemberListUrls.Csv.Length + 1)..]), ct);
                var day = Day(calendar, clock.GetUtcNow());
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"members-{day}.csv\"";
                http.Response.ContentType = "text/csv; charset=utf-8";
                var csv = new CsvWriter().Row(Headers.Select(h => text[h].Value));
                await foreach (var page in members.PagesAsync(query, ct))
                {
                    foreach (var row in page)
                    {
                        csv.Row([
                            row.DisplayName, row.Email, row.City ?? "", string.Join("; ", row.Roles.Where(r => r != Roles.Owner).Select(r => text[$"Role.{r}"].Value)),
                            row.Vehicles.ToString(CultureInfo.InvariantCulture), row.VerifiedVehicles.ToString(CultureInfo.InvariantCulture), Day(calendar, row.JoinedAt)]);
                    }

                    await csv.DrainToAsync(http.Response.Body, ct);
                }

                await csv.DrainToAsync(http.Response.Body, ct);
                return Results.Empty;
            })
            .RequireAuthorization(Policies.CanOperate);

    private static string Day(EngagementCalendar calendar, DateTimeOffset at) =>
        EngagementCalendar.DateOf(calendar.DayOf(at)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
