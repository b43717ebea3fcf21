using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Accounts;
using Portal.Domain.Accounts;
using Portal.Domain.Events;
using Portal.Hosting;

namespace Portal.Events;

internal static class EventEndpoints
{
    private const string CalendarType = "text/calendar; charset=utf-8";

    /// <summary>
    /// Calendar files and the attendee CSV. One event's .ics is public like its page; the personal feed authenticates by its
    /// secret token alone (calendar apps cannot sign in), and is never cached; the CSV needs the Studio's policy.
    /// </summary>
    public static void MapEventEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/events/{id:int}/calendar.ics", async (int id, PublicUrls urls, EventCalendar calendar, CancellationToken cancellationToken) =>
                await calendar.EventIcsAsync(id, urls.BaseUrl, cancellationToken) is { } ics
                    ? Results.File(System.Text.Encoding.UTF8.GetBytes(ics), CalendarType, $"event-{id}.ics")
                    : Results.NotFound())
            .AllowAnonymous()
            .RateLimitedAs(RateLimitKind.Api);

        endpoints.MapGet("/calendar/{token}.ics", async (string token, PublicUrls urls, HttpResponse response, EventCalendar calendar, IStringLocalizer<EventText> text, CancellationToken cancellationToken) =>
            {
                response.Headers.CacheControl = "private, no-store";
                return await calendar.FeedAsync(token, urls.BaseUrl, text["Feed.CalendarName"], cancellationToken) is { } ics
                    ? Results.Text(ics, CalendarType)
                    : Results.NotFound();
            })
            .AllowAnonymous()
            .RateLimitedAs(RateLimitKind.Api);

        endpoints.MapGet("/studio/events/{id:int}/{list}.csv", async (int id, string list, HttpContext http, EventAttendees attendees, IStringLocalizer<EventText> text, CancellationToken cancellationToken) =>
            {
                if (list is not ("attendees" or "waitlist"))
                {
                    return Results.NotFound();
                }

                string[] headers = [text["Csv.Name"], text["Csv.City"], text["Csv.Guests"], text["Csv.Status"], text["Csv.Position"], text["Csv.Code"], text["Csv.SignedUp"], text["Csv.CheckedIn"]];
                var result = await attendees.ExportCsvAsync(http.User.UserId(), id, list == "waitlist", headers, cancellationToken);
                return result.Succeeded
                    ? Results.File(result.Value!, "text/csv; charset=utf-8", $"event-{id.ToString(CultureInfo.InvariantCulture)}-{list}.csv")
                    : result.Problems[0].Code == EventProblems.NotFound ? Results.NotFound() : Results.Forbid();
            })
            .RequireAuthorization(Policies.CanPublish)
            .RateLimitedAs(RateLimitKind.Api);
    }
}
