using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Domain.Data;
using Portal.Domain.Events;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

public sealed class EventJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task Owner_signs_up_a_second_owner_waits_the_first_cancels_the_second_is_promoted_and_an_operator_checks_them_in()
    {
        var (eventUrl, eventId) = await OneSeatEventAsync();
        var first = await browser.NewPageAsync();
        var second = await browser.NewPageAsync(width: 375, height: 800);
        var door = await browser.NewPageAsync();

        await first.WithScreenshotOnFailureAsync(nameof(Owner_signs_up_a_second_owner_waits_the_first_cancels_the_second_is_promoted_and_an_operator_checks_them_in), async () =>
        {
            await first.SignInAsync(DemoAccounts.OwnerEmail, DemoAccounts.Password, eventUrl);
            await first.WaitForCircuitAsync();
            await first.AssertAccessibleAsync();
            await first.GetByTestId("signup").ClickAsync();
            await first.GetByTestId("submit-signup").ClickAsync();
            await Assertions.Expect(first.GetByTestId("my-status")).ToHaveAttributeAsync("data-status", "confirmed");
            await Assertions.Expect(first.GetByTestId("code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z2-9]{6}$"));
            await first.AssertAccessibleAsync();

            await second.SignInAsync(await browser.App.PlainOwnerEmailAsync(skip: 20), DemoAccounts.Password, eventUrl);
            await second.WaitForCircuitAsync();
            await Assertions.Expect(second.GetByTestId("seats-left-count")).ToHaveTextAsync("0");
            await second.GetByTestId("signup").ClickAsync();
            await second.GetByTestId("submit-signup").ClickAsync();
            await Assertions.Expect(second.GetByTestId("my-status")).ToHaveAttributeAsync("data-status", "waitlisted");
            await Assertions.Expect(second.GetByTestId("my-status")).ToContainTextAsync("number 1 on the waitlist");
            await second.AssertAccessibleAsync();

            // The first owner's page hears the new waitlist without reloading.
            await Assertions.Expect(first.GetByTestId("waitlist-count")).ToHaveTextAsync("1");
            await first.GetByTestId("cancel-signup").ClickAsync();
            await first.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Cancel my sign-up" }).ClickAsync();
            await Assertions.Expect(first.GetByTestId("signup")).ToBeVisibleAsync();

            // The second owner sees the promotion live on the page they have open, and in their notifications.
            await Assertions.Expect(second.GetByTestId("my-status")).ToHaveAttributeAsync("data-status", "confirmed");
            var code = (await second.GetByTestId("code").TextContentAsync())!.Trim();
            await second.GotoAsync("/notifications");
            await Assertions.Expect(second.GetByText("A place opened up").First).ToBeVisibleAsync();

            await door.SignInAsync(DemoAccounts.OperatorEmail, DemoAccounts.Password, EventUrls.CheckIn(eventId));
            await door.WaitForCircuitAsync();
            await Assertions.Expect(door.GetByTestId("present-signups")).ToHaveTextAsync("0 / 1");
            await door.GetByTestId("checkin-search").FillAsync(code.ToLowerInvariant());
            await door.GetByTestId("checkin-button").ClickAsync();
            await Assertions.Expect(door.GetByTestId("checkin-message")).ToContainTextAsync("is checked in");
            await Assertions.Expect(door.GetByTestId("present-signups")).ToHaveTextAsync("1 / 1");
            await door.AssertAccessibleAsync();
        });
    }

    [Fact]
    public async Task Events_list_calendar_and_my_events_are_accessible_on_a_phone()
    {
        var page = await browser.NewPageAsync(width: 375, height: 800);
        await page.WithScreenshotOnFailureAsync(nameof(Events_list_calendar_and_my_events_are_accessible_on_a_phone), async () =>
        {
            await page.SignInAsync(DemoAccounts.OwnerEmail, DemoAccounts.Password, "/events");
            await Assertions.Expect(page.GetByTestId("event-card").First).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            await page.GetByTestId("view-calendar").ClickAsync();
            await Assertions.Expect(page.GetByTestId("calendar")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            await page.GotoAsync("/events/mine");
            await Assertions.Expect(page.GetByTestId("calendar-feed")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
        });
    }

    [Fact]
    public async Task An_editor_creates_an_event_with_a_question_publishes_it_and_owners_see_it()
    {
        var page = await browser.NewPageAsync();
        var title = $"Spring drive {Guid.NewGuid():N}"[..22];
        await page.WithScreenshotOnFailureAsync(nameof(An_editor_creates_an_event_with_a_question_publishes_it_and_owners_see_it), async () =>
        {
            await page.SignInAsync(DemoAccounts.EditorEmail, DemoAccounts.Password, "/studio/events/new");
            await page.WaitForCircuitAsync();
            await page.GetByTestId("event-title-input").FillAsync(title);
            await page.GetByTestId("composer-text").FillAsync("Try the **new Vela** on the lake road.");
            await page.GetByTestId("starts").FillAsync("2027-03-20T10:00");
            await page.GetByTestId("ends").FillAsync("2027-03-20T09:00");
            await page.GetByTestId("city").FillAsync("杭州");
            await page.GetByTestId("venue").FillAsync("West Lake pavilion");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add a question" }).ClickAsync();
            await page.GetByLabel("Question 1", new() { Exact = true }).FillAsync("What do you drive now?");
            await page.GetByTestId("save-event").ClickAsync();
            await Assertions.Expect(page.GetByText("The end must be after the start.")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            await page.GetByTestId("ends").FillAsync("2027-03-20T13:00");
            await page.GetByTestId("save-event").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/studio/events/[0-9]+$"));
            await page.GetByTestId("publish").ClickAsync();
            await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync(); // the confirmation names the event
            await Assertions.Expect(page.GetByTestId("event-status")).ToHaveTextAsync("Published");
            await page.AssertAccessibleAsync();

            await page.GotoAsync("/events?city=" + Uri.EscapeDataString("杭州"));
            await page.WaitForCircuitAsync(); // a click while the interactive render replaces the prerendered list is lost
            await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("event-title")).ToHaveTextAsync(title);
            await Assertions.Expect(page.GetByText("Saturday 20 March 2027 10:00 AM–1:00 PM")).ToBeVisibleAsync();
        });
    }

    /// <summary>A fresh one-seat event (no questions, no guests), so the journey does not depend on the demo events' seats.</summary>
    private async Task<(string Url, int Id)> OneSeatEventAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var editor = await browser.App.IdOfAsync(DemoAccounts.EditorEmail);
        // Starting in two hours, so the door is open (check-in opens three hours before the start).
        var now = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai");
        var start = now.Date.AddHours(now.Hour + 2);
        var studio = scope.ServiceProvider.GetRequiredService<EventStudio>();
        var created = await studio.CreateAsync(editor, new EventDraft
        {
            Title = $"Door test {Guid.NewGuid():N}"[..20], Description = "One seat only.", StartsLocal = start, EndsLocal = start.AddHours(2),
            City = "上海", Venue = "Test hall", Capacity = 1, MaxGuests = 0,
        });
        Assert.True(created.Succeeded, string.Join(", ", created.Problems.Select(p => p.Code)));
        Assert.True((await studio.PublishAsync(editor, created.Value)).Succeeded);
        var slug = await db.Events.Where(e => e.Id == created.Value).Select(e => e.Slug).SingleAsync();
        return (EventUrls.Page(created.Value, slug), created.Value);
    }
}
