using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

public sealed class PostPhotoJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    // A 640×400 gradient drawn in the page, pasted into the reply as a clipboard file (what a phone's "paste" hands over).
    private const string PastePhoto = """
        async () => {
          const canvas = document.createElement('canvas');
          canvas.width = 640;
          canvas.height = 400;
          const context = canvas.getContext('2d');
          const gradient = context.createLinearGradient(0, 0, 640, 400);
          gradient.addColorStop(0, '#1e88e5');
          gradient.addColorStop(1, '#43a047');
          context.fillStyle = gradient;
          context.fillRect(0, 0, 640, 400);
          const blob = await new Promise(resolve => canvas.toBlob(resolve, 'image/png'));
          const transfer = new DataTransfer();
          transfer.items.add(new File([blob], 'Lake shore.png', { type: 'image/png' }));
          const area = document.querySelector('[data-testid=composer] textarea');
          area.focus();
          area.setSelectionRange(area.value.length, area.value.length);
          area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
        }
        """;

    private const string DraftSaved = "() => Object.keys(localStorage).some(k => k.startsWith('portal-draft:') && localStorage.getItem(k).includes('lake this morning'))";

    private const string NoDraft = "() => !Object.keys(localStorage).some(k => k.startsWith('portal-draft:'))";

    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task An_owner_pastes_a_photo_into_a_reply_on_a_phone_and_another_owner_opens_it_full_screen()
    {
        var owner = await browser.NewPageAsync(width: 375, height: 800);
        var reader = await browser.NewPageAsync(width: 375, height: 800);
        var (threadId, slug) = await browser.App.OpenThreadAsync(skip: 5, maxPosts: 15);
        var threadUrl = $"/forums/t/{threadId}/{slug}";

        await owner.WithScreenshotOnFailureAsync(nameof(An_owner_pastes_a_photo_into_a_reply_on_a_phone_and_another_owner_opens_it_full_screen), async () =>
        {
            await owner.SignInAsync(await browser.App.PlainOwnerEmailAsync(skip: 30), Domain.Seeding.DemoAccounts.Password, threadUrl);
            await ComposerReadyAsync(owner);
            var text = owner.GetByTestId("composer-text");
            await text.FillAsync("Our meetup at the lake this morning.");
            await owner.WaitForFunctionAsync(DraftSaved);

            // The draft survives a reload (and a lost circuit): restored with a notice.
            await owner.ReloadAsync();
            await ComposerReadyAsync(owner);
            await Assertions.Expect(owner.GetByTestId("draft-restored")).ToBeVisibleAsync();
            await Assertions.Expect(text).ToHaveValueAsync("Our meetup at the lake this morning.");

            await Assertions.Expect(owner.GetByTestId("composer-photos")).ToBeVisibleAsync();
            await owner.EvaluateAsync(PastePhoto);
            await Assertions.Expect(owner.GetByTestId("photo-thumbnail")).ToHaveCountAsync(1);
            await Assertions.Expect(text).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"this morning\.\n!\[Lake shore\]\(/media/post-images/photo-[a-z0-9-]+\.webp\)"));
            await owner.AssertAccessibleAsync();

            await owner.GetByTestId("submit-reply").ClickAsync();
            var posted = owner.Locator("[data-testid=post]", new() { HasText = "Our meetup at the lake this morning." });
            await Assertions.Expect(posted.GetByTestId("gallery-photo")).ToHaveCountAsync(1);
            await owner.WaitForFunctionAsync(NoDraft);
            var number = await posted.GetAttributeAsync("data-number");

            await reader.SignInAsync(await browser.App.PlainOwnerEmailAsync(skip: 31), Domain.Seeding.DemoAccounts.Password, threadUrl);
            await reader.WaitForCircuitAsync();
            var photo = reader.Locator($"[data-testid=post][data-number='{number}']").GetByTestId("gallery-photo");
            await Assertions.Expect(photo.Locator("img")).ToHaveAttributeAsync("alt", "Lake shore");
            await photo.ClickAsync();
            var viewer = reader.GetByTestId("photo-viewer");
            await Assertions.Expect(viewer).ToBeVisibleAsync();
            var full = reader.GetByTestId("photo-full");
            await Assertions.Expect(full).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/media/post-images/photo-"));
            // Full width on the phone once the dialog's opening animation has finished.
            await reader.WaitForFunctionAsync("() => document.querySelector('[data-testid=photo-full]').getBoundingClientRect().width > 300");
            Assert.True(await full.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
            await reader.AssertAccessibleAsync();

            await reader.Keyboard.PressAsync("Escape");
            await Assertions.Expect(viewer).ToHaveCountAsync(0);
        });
    }

    /// <summary>The composer's browser side is attached (js/composer.js marks it), so typing is saved as a draft.</summary>
    private static Task ComposerReadyAsync(IPage page) =>
        page.Locator("[data-testid=composer][data-composer=ready]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
}
