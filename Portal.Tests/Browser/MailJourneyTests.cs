using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using Portal.Domain.Data;
using Portal.Domain.Events;
using Portal.Domain.MemberMail;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>An owner signs up on a phone and finds the confirmation email with the .ics in the pickup folder; the preferences card on the profile is accessible and saves.</summary>
public sealed class MailJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task An_owner_signs_up_on_a_phone_and_finds_the_confirmation_email_with_the_ics()
    {
        var (url, title) = await FreshEventAsync();
        var email = await browser.App.PlainOwnerEmailAsync(skip: 30);
        var page = await browser.NewPageAsync(width: 375, height: 800);
        await page.WithScreenshotOnFailureAsync(nameof(An_owner_signs_up_on_a_phone_and_finds_the_confirmation_email_with_the_ics), async () =>
        {
            await page.SignInAsync(email, DemoAccounts.Password, url);
            await page.WaitForCircuitAsync();
            await page.GetByTestId("signup").ClickAsync();
            await page.GetByTestId("submit-signup").ClickAsync();
            await Assertions.Expect(page.GetByTestId("my-status")).ToHaveAttributeAsync("data-status", "confirmed");
            var code = (await page.GetByTestId("code").TextContentAsync())!.Trim();

            // The delivery job sends it; a pass from here makes the wait short (several senders never send one twice).
            MimeMessage? found = null;
            await Eventually.TrueAsync(async () =>
            {
                await using (var scope = browser.App.Services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<MemberEmailDeliverer>().SendQueuedAsync();
                }

                found = await FindAsync(email, title);
                return found is not null;
            }, "the confirmation email in the pickup folder");

            Assert.Contains($"Your door code: {code}", found!.HtmlBody, StringComparison.Ordinal);
            var ics = Assert.Single(found.Attachments.OfType<MimePart>(), a => a.ContentType.IsMimeType("text", "calendar"));
            using var stream = new MemoryStream();
            await ics.Content!.DecodeToAsync(stream);
            var calendar = Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()))!;
            Assert.Equal(title, Assert.Single(calendar.Events).Summary);
        });
    }

    [Fact]
    public async Task The_preferences_card_on_the_profile_is_accessible_and_saves_on_a_phone_and_a_desktop()
    {
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await browser.NewPageAsync(width: width, height: 900);
            await page.WithScreenshotOnFailureAsync($"{nameof(The_preferences_card_on_the_profile_is_accessible_and_saves_on_a_phone_and_a_desktop)}-{width}", async () =>
            {
                await page.SignInAsync(await browser.App.PlainOwnerEmailAsync(skip: 31), DemoAccounts.Password, "/account/profile");
                await page.WaitForCircuitAsync();
                await Assertions.Expect(page.GetByTestId("preferences-save")).ToBeVisibleAsync();
                await page.AssertAccessibleAsync();

                await page.GetByTestId("preference-Reaction-Both").CheckAsync();
                await page.GetByTestId("preference-Digest-Daily").CheckAsync();
                await page.GetByTestId("preferences-save").ClickAsync();
                await Assertions.Expect(page.GetByText("Your notification preferences are saved.")).ToBeVisibleAsync();

                // Once the snackbar has faded in (axe measures a half-transparent one's contrast against the page).
                await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.mud-snackbar')].every(s => getComputedStyle(s).opacity === '1')");
                await page.AssertAccessibleAsync();
            });
        }
    }

    private async Task<MimeMessage?> FindAsync(string to, string title)
    {
        var folder = browser.App.Services.GetRequiredService<DataPaths>().MailPickup;
        if (!Directory.Exists(folder))
        {
            return null;
        }

        foreach (var file in Directory.GetFiles(folder, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == to) && (message.Subject ?? "").Contains(title, StringComparison.Ordinal))
            {
                return message;
            }
        }

        return null;
    }

    private async Task<(string Url, string Title)> FreshEventAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var editor = await browser.App.IdOfAsync(DemoAccounts.EditorEmail);
        var start = DateTime.UtcNow.Date.AddDays(21).AddHours(10);
        var title = $"Mail test {Guid.NewGuid():N}"[..20];
        var studio = scope.ServiceProvider.GetRequiredService<EventStudio>();
        var created = await studio.CreateAsync(editor, new EventDraft
        {
            Title = title, Description = "Coffee and cars.", StartsLocal = start, EndsLocal = start.AddHours(2),
            City = "上海", Venue = "Test hall", Capacity = 5, MaxGuests = 0,
        });
        Assert.True(created.Succeeded, string.Join(", ", created.Problems.Select(p => p.Code)));
        Assert.True((await studio.PublishAsync(editor, created.Value)).Succeeded);
        var slug = await db.Events.Where(e => e.Id == created.Value).Select(e => e.Slug).SingleAsync();
        return (EventUrls.Page(created.Value, slug), title);
    }
}
