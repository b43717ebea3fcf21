using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

public sealed class ForumJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task Owner_asks_another_owner_answers_and_likes_the_answer_is_accepted_and_an_editor_locks_the_thread()
    {
        var asker = await browser.NewPageAsync();
        var helper = await browser.NewPageAsync(width: 375, height: 800);
        var editor = await browser.NewPageAsync();
        var title = $"Roof box on the Vela {Guid.NewGuid():N}"[..32];

        await asker.WithScreenshotOnFailureAsync(nameof(Owner_asks_another_owner_answers_and_likes_the_answer_is_accepted_and_an_editor_locks_the_thread), async () =>
        {
            await asker.SignInAsync(DemoAccounts.OwnerEmail, DemoAccounts.Password, "/forums/road-trips/new");
            await asker.WaitForCircuitAsync();
            await asker.AssertAccessibleAsync();
            await asker.GetByTestId("thread-title").FillAsync(title);
            await asker.GetByTestId("thread-tags").FillAsync("roof-box, 自驾");
            await asker.GetByTestId("composer-text").FillAsync("Which roof box fits the Vela without **wind noise**?");
            await asker.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
            await Assertions.Expect(asker.GetByTestId("composer-preview").Locator("strong")).ToHaveTextAsync("wind noise");
            await asker.GetByTestId("submit-thread").ClickAsync();
            await Assertions.Expect(asker).ToHaveURLAsync(new Regex("/forums/t/"));
            await Assertions.Expect(asker.GetByTestId("thread-title")).ToHaveTextAsync(title);
            var threadUrl = new Uri(asker.Url).AbsolutePath;
            await asker.AssertAccessibleAsync();

            await helper.SignInAsync(await browser.App.PlainOwnerEmailAsync(), DemoAccounts.Password, threadUrl);
            await helper.WaitForCircuitAsync();
            await helper.GetByTestId("composer-text").FillAsync("The 420 L box from the accessory shop is silent up to 120 km/h.");
            await helper.GetByTestId("submit-reply").ClickAsync();
            await Assertions.Expect(helper.Locator("[data-testid=post][data-number='2']")).ToContainTextAsync("420 L box");
            await helper.WaitForCircuitAsync();
            var like = helper.Locator("[data-testid=post][data-number='1']").GetByTestId("like");
            await like.ClickAsync();
            await Assertions.Expect(like).ToHaveAttributeAsync("aria-pressed", "true");
            await helper.AssertAccessibleAsync();

            await asker.ReloadAsync();
            await asker.WaitForCircuitAsync();
            await asker.Locator("[data-testid=post][data-number='2']").GetByTestId("accept").ClickAsync();
            await Assertions.Expect(asker.Locator("[data-testid=post][data-number='2']")).ToContainTextAsync("Accepted answer");

            await editor.SignInAsync(DemoAccounts.EditorEmail, DemoAccounts.Password, threadUrl);
            await editor.WaitForCircuitAsync();
            await editor.GetByTestId("moderation-menu").ClickAsync();
            await editor.GetByText("Lock thread").ClickAsync();
            await Assertions.Expect(editor.GetByText("Locked").First).ToBeVisibleAsync();

            await helper.ReloadAsync();
            await Assertions.Expect(helper.GetByText("This thread is locked; no new replies.")).ToBeVisibleAsync();
            await Assertions.Expect(helper.GetByTestId("composer")).ToHaveCountAsync(0);
        });
    }
}
