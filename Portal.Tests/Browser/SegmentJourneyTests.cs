using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>An operator reads the demo segments, builds "Nova owners in Shanghai" watching the size change, saves it and downloads its members.</summary>
public sealed class SegmentJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task Operator_builds_a_segment_watching_its_size_saves_it_and_downloads_its_members()
    {
        var page = await browser.NewPageAsync();
        await page.WithScreenshotOnFailureAsync(nameof(Operator_builds_a_segment_watching_its_size_saves_it_and_downloads_its_members), async () =>
        {
            await page.SignInAsync(DemoAccounts.OperatorEmail, DemoAccounts.Password, "/console/segments");
            await page.GotoAsync($"/preferences/culture?culture=en&returnUrl={Uri.EscapeDataString("/console/segments")}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Segments", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("segment-row")).ToHaveCountAsync(4);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Verified Vela owners" })).ToBeVisibleAsync();
            await page.WaitForCircuitAsync();
            await page.AssertAccessibleAsync();
            await Shots.TakeAsync(page, "segments-list");

            await page.GetByTestId("new-segment").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New segment", Level = 1 })).ToBeVisibleAsync();
            await page.WaitForCircuitAsync();
            var size = page.GetByTestId("segment-size-value");
            await Assertions.Expect(size).ToHaveTextAsync(new Regex(@"^\d{3} members$"));
            var everyone = await size.TextContentAsync();

            await page.GetByTestId("add-condition").ClickAsync();
            await page.GetByTestId("add-ownsModel").ClickAsync();
            await Assertions.Expect(page.GetByTestId("condition-ownsModel")).ToBeVisibleAsync();
            await Assertions.Expect(size).Not.ToHaveTextAsync(everyone!);
            await Assertions.Expect(size).ToHaveTextAsync(new Regex(@"^\d{2} members$"));

            await page.GetByTestId("add-condition").ClickAsync();
            await page.GetByTestId("add-region").ClickAsync();
            await page.GetByTestId("condition-region").GetByTestId("field-city").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "上海", Exact = true }).ClickAsync();
            await Assertions.Expect(size).ToHaveTextAsync("fewer than 5 members");
            await page.AssertAccessibleAsync();
            await Shots.TakeAsync(page, "segment-builder");

            await page.GetByLabel("Name").FillAsync("Nova owners in Shanghai");
            await page.GetByTestId("save-segment").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/console/segments/\d+$"));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nova owners in Shanghai", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("download-withheld")).ToBeVisibleAsync();

            await page.GotoAsync("/console/segments/4");
            await page.WaitForCircuitAsync();
            await Assertions.Expect(page.GetByTestId("report-segment-sizes")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            await Shots.TakeAsync(page, "segment-saved");
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-members").ClickAsync());
            await using var stream = await download.CreateReadStreamAsync();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            var bytes = buffer.ToArray();
            Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
            var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("Member id,Name,City,Cars,Verified owner,Stage,Joined,Last active", lines[0]);
            Assert.All(lines[1..], line => Assert.Contains(",Dormant,", line, StringComparison.Ordinal));
            await Assertions.Expect(page.GetByTestId("download-status")).ToHaveTextAsync($"{lines.Length - 1} members downloaded.");

            await page.GotoAsync("/console/segments/compare?a=2&b=4");
            await page.WaitForCircuitAsync();
            await Assertions.Expect(page.GetByTestId("report-segment-compare")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            await Shots.TakeAsync(page, "segment-compare");
        });
    }
}
