using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Data;
using Portal.Domain.Events;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Events;

/// <summary>The whole app on the demo data: .ics and the calendar feed parse back with Ical.Net; the CSV export and check-in need their roles.</summary>
public sealed class EventEndpointTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task A_published_event_downloads_as_ics_anonymously_and_a_draft_does_not()
    {
        var (published, draft) = await EventsAsync();
        var client = app.CreateClient();

        using var response = await client.GetAsync(EventUrls.Calendar(published.Id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\r\nBEGIN:VEVENT\r\n", text, StringComparison.Ordinal);
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}"));

        var calendar = Ical.Net.Calendar.Load(text)!;
        var ev = Assert.Single(calendar.Events);
        Assert.Equal(published.Title, ev.Summary);
        Assert.Equal(published.StartsAt.UtcDateTime, ev.DtStart!.AsUtc);
        Assert.Equal(published.EndsAt.UtcDateTime, ev.End!.AsUtc);
        Assert.Contains(published.Url, ev.Description, StringComparison.Ordinal);

        using var missing = await client.GetAsync(EventUrls.Calendar(draft.Id));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_calendar_feed_lists_the_members_signups_and_stops_when_the_token_is_replaced()
    {
        var (published, _) = await EventsAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var owner = await MemberIdAsync(scope, DemoAccounts.OwnerEmail);
        var questions = (await scope.ServiceProvider.GetRequiredService<EventReader>().GetAsync(published.Id, includeDrafts: false))!.Questions;
        var answers = questions.Where(q => q.Required).ToDictionary(q => q.Id, q => q.Choices.Count > 0 ? q.Choices[0] : "yes");
        var signed = await scope.ServiceProvider.GetRequiredService<EventSignupService>().SignUpAsync(owner, published.Id, new SignupRequest(0, answers));
        Assert.True(signed.Succeeded, string.Join(", ", signed.Problems.Select(p => p.Code)));
        var calendars = scope.ServiceProvider.GetRequiredService<EventCalendar>();
        var token = await calendars.RegenerateTokenAsync(owner);
        var client = app.CreateClient();

        using var response = await client.GetAsync(EventUrls.Feed(token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var feed = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(feed.Events, e => e.Summary == published.Title && e.DtStart!.AsUtc == published.StartsAt.UtcDateTime);

        var replaced = await calendars.RegenerateTokenAsync(owner);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(EventUrls.Feed(token))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(EventUrls.Feed(replaced))).StatusCode);
        await calendars.RevokeTokenAsync(owner);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(EventUrls.Feed(replaced))).StatusCode);
    }

    [Fact]
    public async Task The_attendee_csv_is_for_editors_only_with_a_bom_quoted_cells_and_no_formulas()
    {
        var (published, _) = await EventsAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var signup = await db.EventSignups.Where(s => s.EventId == published.Id && s.Status == SignupStatus.Confirmed).OrderBy(s => s.Id).FirstAsync();
            await db.Users.Where(u => u.Id == signup.MemberId).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, "=HYPERLINK(\"x\"), 陈").SetProperty(u => u.City, "上海, 浦东"));
        }

        var path = $"/studio/events/{published.Id}/attendees.csv";
        var anonymous = app.CreateFormClient();
        using (var gate = await anonymous.Http.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.Redirect, gate.StatusCode);
        }

        var owner = app.CreateFormClient();
        await owner.SignInAsync(DemoAccounts.OwnerEmail, DemoAccounts.Password);
        using (var forbidden = await owner.Http.GetAsync(path))
        {
            Assert.NotEqual(HttpStatusCode.OK, forbidden.StatusCode);
        }

        var editor = app.CreateFormClient();
        await editor.SignInAsync(DemoAccounts.EditorEmail, DemoAccounts.Password);
        using var response = await editor.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Name,City,Guests,Status,Waitlist position,Code,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("\"'=HYPERLINK(\"\"x\"\"), 陈\",\"上海, 浦东\",", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_check_in_page_is_for_operators_and_prefills_a_scanned_code()
    {
        var (published, _) = await EventsAsync();
        string code;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            code = await db.EventSignups.Where(s => s.EventId == published.Id && s.Status == SignupStatus.Confirmed && s.CheckedInAt == null).Select(s => s.Code).FirstAsync();
        }

        var path = $"{EventUrls.CheckIn(published.Id)}?code={code}";
        var editor = app.CreateFormClient();
        await editor.SignInAsync(DemoAccounts.EditorEmail, DemoAccounts.Password);
        using (var forbidden = await editor.Http.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        var @operator = app.CreateFormClient();
        await @operator.SignInAsync(DemoAccounts.OperatorEmail, DemoAccounts.Password);
        var html = await @operator.Http.GetStringAsync(path);
        Assert.Contains("data-testid=\"checkin-match\"", html, StringComparison.Ordinal);
        Assert.Contains(code, html, StringComparison.Ordinal);
    }

    private async Task<(OwnerEvent Published, OwnerEvent Draft)> EventsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var published = await db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && e.StartsAt > now.AddDays(3) && e.Eligibility == EventEligibility.Everyone && e.MaxGuests > 0)
            .OrderBy(e => e.Id).FirstAsync();
        var draft = await db.Events.AsNoTracking().FirstAsync(e => e.Status == EventStatus.Draft);
        return (published, draft);
    }

    private static async Task<string> MemberIdAsync(AsyncServiceScope scope, string email)
    {
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
