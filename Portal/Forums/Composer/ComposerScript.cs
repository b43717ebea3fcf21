using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Portal.Forums.Composer;

/// <summary>
/// One composer's browser side (<c>js/composer.js</c>): attaches it to the composer's element, reads its kept draft and
/// runs its editing commands. Until it is attached (prerendering, component tests) every command does nothing.
/// </summary>
public sealed class ComposerScript(IJSRuntime js) : IAsyncDisposable
{
    private IJSObjectReference? module;
    private IJSObjectReference? browser;
    private DotNetObjectReference<MarkdownComposer>? component;

    public bool Attached => browser is not null;

    /// <summary>
    /// Loads the script and attaches it to <paramref name="root"/>; it calls <paramref name="owner"/>'s
    /// <see cref="JSInvokableAttribute"/> methods and keeps the draft under <paramref name="draftKey"/> (none when null).
    /// </summary>
    public async Task AttachAsync(ElementReference root, MarkdownComposer owner, string? draftKey)
    {
        module = await js.InvokeAsync<IJSObjectReference>("import", "./js/composer.js");
        if (module is null)
        {
            return;
        }

        component = DotNetObjectReference.Create(owner);
        browser = await module.InvokeAsync<IJSObjectReference>("attach", root, component, draftKey);
    }

    /// <summary>The draft the browser kept for this composer, if any.</summary>
    public async Task<string?> LoadDraftAsync() => browser is null ? null : await browser.InvokeAsync<string?>("loadDraft");

    public async Task CallAsync(string method, params object?[] args)
    {
        if (browser is not null)
        {
            await browser.InvokeVoidAsync(method, args);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (browser is not null)
            {
                await browser.InvokeVoidAsync("dispose");
                await browser.DisposeAsync();
            }

            if (module is not null)
            {
                await module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; the browser side went with the page (the draft was saved as it was typed).
        }

        component?.Dispose();
    }
}
