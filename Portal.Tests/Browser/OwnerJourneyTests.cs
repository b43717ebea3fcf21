using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Domain.Garage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

public sealed class OwnerJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    private const string Password = "my first aurelia was blue";

    [Fact]
    public async Task New_owner_registers_adds_a_car_switches_language_and_signs_back_in()
    {
        var page = await browser.NewPageAsync();
        var email = $"owner-{Guid.NewGuid():N}@example.test";
        var vin = Vin.WithCheckDigit($"LAUC2EK00NS9{Random.Shared.Next(10000, 99999)}");

        await page.WithScreenshotOnFailureAsync(nameof(New_owner_registers_adds_a_car_switches_language_and_signs_back_in), async () =>
        {
            await page.GotoAsync("/Account/Register");
            await page.AssertAccessibleAsync();
            await page.FillAsync("#Input\\.DisplayName", "Browser Owner");
            await page.FillAsync("#Input\\.Email", email);
            await page.FillAsync("#Input\\.Password", Password);
            await page.FillAsync("#Input\\.ConfirmPassword", Password);
            await page.ClickAsync("button[type=submit]");

            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/garage\\?welcome=1$"));
            await page.WaitForCircuitAsync();
            await Assertions.Expect(page.GetByTestId("welcome")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            await page.GetByTestId("add-car").ClickAsync();
            await page.PickAsync(page.GetByTestId("model-select"), "Aurelia Vela");
            var vinField = page.GetByLabel("VIN (optional)");
            await vinField.FillAsync(vin[..8] + (vin[8] == '1' ? '2' : '1') + vin[9..]);
            await page.GetByTestId("save-car").ClickAsync();
            await Assertions.Expect(page.GetByText("does not add up")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("vehicle-card")).ToHaveCountAsync(0);

            await vinField.FillAsync(vin);
            await page.GetByTestId("save-car").ClickAsync();
            await Assertions.Expect(page.GetByTestId("vehicle-card")).ToHaveCountAsync(1);
            await Assertions.Expect(page.GetByTestId("vehicle-card")).ToContainTextAsync("Aurelia Vela");
            await Assertions.Expect(page.GetByTestId("vehicle-card")).ToContainTextAsync(vin);
            await page.AssertAccessibleAsync();

            await page.Locator(".portal-lang").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "我的车库" })).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            await page.WaitForCircuitAsync();
            await page.GetByTestId("sign-out").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(browser.BaseAddress.ToString());
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "登录" }).First).ToBeVisibleAsync();

            await page.GotoAsync("/Account/Login?ReturnUrl=%2Faccount%2Fgarage");
            await page.FillAsync("#Input\\.Email", email);
            await page.FillAsync("#Input\\.Password", Password);
            await page.ClickAsync("button[type=submit]");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/garage$"));
            await Assertions.Expect(page.GetByTestId("vehicle-card")).ToContainTextAsync("Aurelia Vela");
        });
    }
}
