using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;
using MudBlazor;
using Portal.Accounts;
using Portal.Domain.Articles;
using Portal.Shell;

namespace Portal.Studio.Articles;

/// <summary>
/// The article editor: opens a new or existing article into an <see cref="ArticleEditSession"/>, which keeps, restores and
/// saves the text (see there); the page hands it the browser's restore after the first render, the autosave's timer
/// on the circuit's thread, and a draft's pending edits when the editor leaves or closes the page.
/// </summary>
public sealed partial class ArticleEditorPage
{
    private ArticleEditSession session = default!;
    private IDisposable? leaving;

    [Parameter]
    public int? Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private ArticleEditorState? State => session.State;

    private ArticleSaveStatus Status => session.Status;

    private string Heading => L[State is null ? "Editor.NewTitle" : "Editor.EditTitle"];

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new(L["Studio.Title"], StudioUrls.Index),
        new(L["Studio.ArticlesTitle"], ArticleUrls.Studio),
        new(Heading, null),
    ];

    /// <summary>Why the last save was refused, above the fields.</summary>
    private string? General => Status.Problems.Count == 0 ? null : P.General(Status.Problems) ?? L["Editor.FixFields"].Value;

    protected override void OnInitialized() =>
        session = new ArticleEditSession(Studio, new LocalArticleCopies(JS), Navigation, Clock, EditorIdAsync, () => InvokeAsync(AutosaveAsync));

    protected override async Task OnParametersSetAsync()
    {
        if (session.Form is not null && Id == session.ArticleId)
        {
            return; // the address changed to this very article after its first save
        }

        if (Id is not { } id)
        {
            session.StartNew();
        }
        else if (!await session.OpenAsync(id))
        {
            Navigation.NotFound();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The first render may come before the article is loaded: start once there is a form to restore into.
        if (leaving is null && session.Form is not null)
        {
            leaving = Navigation.RegisterLocationChangingHandler(OnLeavingAsync);
            if (await session.RestoreLocalCopyAsync())
            {
                StateHasChanged();
            }
        }
    }

    private async Task<string> EditorIdAsync() => (await AuthenticationState).User.UserId();

    private async Task AutosaveAsync()
    {
        if (await session.SaveQuietlyAsync())
        {
            StateHasChanged();
        }
    }

    private async Task UpdateAsync()
    {
        if (await session.SaveAsync())
        {
            Snackbar.Add(L["Done.Updated"], Severity.Success);
        }
    }

    /// <summary>Leaving the page saves a draft's pending edits first (best effort; the browser's copy keeps them anyway).</summary>
    private async ValueTask OnLeavingAsync(LocationChangingContext context)
    {
        var ownAddress = session.ArticleId is { } id && context.TargetLocation.EndsWith(ArticleUrls.Edit(id), StringComparison.Ordinal);
        if (!ownAddress)
        {
            await session.SaveQuietlyAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        session.Dispose();
        leaving?.Dispose();
        if (session.LeftUnsaved)
        {
            try
            {
                await session.SaveAsync();
            }
            catch (Exception e) when (e is ObjectDisposedException or JSDisconnectedException or OperationCanceledException)
            {
                // The circuit is already gone: the browser's copy restores the text on the next visit.
            }
        }
    }
}
