using Microsoft.Playwright;

namespace Portal.Tests.Infrastructure;

/// <summary>MudBlazor's select, driven as a person does it.</summary>
public static class PageSelects
{
    /// <summary>
    /// Opens <paramref name="select"/>, clicks <paramref name="option"/> in its list and waits until the select shows it,
    /// that is until the server has applied the choice. A submit clicked at once can otherwise reach the server while
    /// the select is still handling the option (it awaits the browser to close its list), and be judged without it.
    /// </summary>
    public static async Task PickAsync(this IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await page.Locator(".mud-popover-open").GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Assertions.Expect(select).ToContainTextAsync(option);
    }
}
