using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Domain.Data;
using Portal.Domain.Garage;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>An operator works the verification queue on a phone; the owner then reads both outcomes.</summary>
public sealed class VerificationJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    private const string City = "Verifyville";

    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task On_a_phone_an_operator_verifies_one_car_and_rejects_another_and_the_owner_is_told()
    {
        var (good, flagged) = await TwoWaitingCarsAsync();
        var page = await browser.NewPageAsync(width: 375, height: 800);

        await page.WithScreenshotOnFailureAsync(nameof(On_a_phone_an_operator_verifies_one_car_and_rejects_another_and_the_owner_is_told), async () =>
        {
            await page.SignInAsync(DemoAccounts.OperatorEmail, DemoAccounts.Password, $"/console/verification?city={City}");
            await page.WaitForCircuitAsync();
            var cards = page.GetByTestId("queued-car");
            await Assertions.Expect(cards).ToHaveCountAsync(2);
            await Assertions.Expect(page.GetByTestId("verification-count")).ToHaveTextAsync("2 cars waiting");
            var flaggedCard = cards.Filter(new() { HasText = flagged });
            await Assertions.Expect(flaggedCard.GetByTestId("queued-flag")).ToHaveTextAsync(new Regex("says 2019; the owner entered 2024"));
            await page.AssertAccessibleAsync();

            await cards.Filter(new() { HasText = good }).GetByTestId("queued-verify").ClickAsync();
            await Assertions.Expect(cards).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("the owner has been told");

            await flaggedCard.GetByTestId("queued-reject").ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByRole(AriaRole.Radio, new() { Name = "Model or year does not match the VIN" }).CheckAsync();
            await dialog.GetByTestId("reject-note").FillAsync("The registration says 2019.");
            await page.AssertAccessibleAsync();
            await dialog.GetByTestId("reject-confirm").ClickAsync();

            await Assertions.Expect(cards).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("verification-clear")).ToBeVisibleAsync();
            await page.SnackbarsSettledAsync();
            await page.AssertAccessibleAsync();
        });

        var owner = await browser.NewPageAsync(width: 375, height: 800);
        await owner.WithScreenshotOnFailureAsync("Verification_owner_reads_the_outcomes", async () =>
        {
            await owner.SignInAsync(DemoAccounts.OwnerEmail, DemoAccounts.Password, "/notifications");
            var texts = owner.GetByTestId("notification-text");
            await Assertions.Expect(texts.Filter(new() { HasText = "verified your Aurelia Nova 2024" })).ToHaveCountAsync(1);
            await Assertions.Expect(texts.Filter(new() { HasText = "Your Aurelia Nova 2024 was not verified" })).ToHaveCountAsync(1);

            await owner.GotoAsync("/account/garage");
            await Assertions.Expect(owner.GetByTestId("vehicle-rejected")).ToContainTextAsync(
                "The model or model year in your garage does not match this VIN. The team adds: “The registration says 2019.”");
            await Assertions.Expect(owner.GetByTestId("vin-flag")).ToContainTextAsync("The 10th character (K) says 2019 but you entered 2024");
        });
    }

    /// <summary>Two cars in the demo owner's garage, the owner moved to a city of their own so the queue can be narrowed to them.</summary>
    private async Task<(string Good, string Flagged)> TwoWaitingCarsAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var ownerId = await db.Users.Where(u => u.Email == DemoAccounts.OwnerEmail).Select(u => u.Id).SingleAsync();
        await db.Users.Where(u => u.Id == ownerId).ExecuteUpdateAsync(s => s.SetProperty(u => u.City, City));
        var garage = scope.ServiceProvider.GetRequiredService<GarageService>();
        var good = Vin.WithCheckDigit(string.Create(CultureInfo.InvariantCulture, $"LAUB1EK00{Vin.YearCodeFor(2024)}S900001"));
        var flagged = Vin.WithCheckDigit(string.Create(CultureInfo.InvariantCulture, $"LAUB1EK00{Vin.YearCodeFor(2019)}S900002"));
        Assert.True((await garage.AddVehicleAsync(ownerId, new VehicleInput(1, 2024, good, null))).Succeeded);
        Assert.True((await garage.AddVehicleAsync(ownerId, new VehicleInput(1, 2024, flagged, null))).Succeeded);
        return (good, flagged);
    }
}
