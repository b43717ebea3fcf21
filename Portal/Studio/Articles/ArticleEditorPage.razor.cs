using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;
using MudBlazor;
using Portal.Accounts;
using Portal.Domain;
using Portal.Domain.Articles;
using Portal.Shell;

namespace Portal.Studio.Articles;

/// <summary>
/// The article editor's saving: a draft saves <see cref="ArticleAutosave.Delay"/> after typing stops and when the editor
/// leaves; a published article only on Update. Every edit is also copied to the browser's localStorage, which a reload
/// or a new circuit restores when it is newer than the server's text. A save based on an older version is refused by
/// the Studio (<see cref="ArticleProblems.Conflict"/>): the text stays here, autosave stops, and the editor chooses.
/// </summary>
public sealed partial class ArticleEditorPage
{
    private ArticleAutosave autosave = default!;
    private LocalArticleCopies copies = default!;
    private IDisposable? leaving;
    private ArticleForm? form;
    private ArticleEditorState? state;
    private int? articleId;
    private int version;
    private int edits;
    private bool dirty;
    private bool saving;
    private bool slugFollows;
    private bool restored;
    private SaveState saveState = SaveState.Saved;
    private DateTimeOffset? savedAt;
    private IReadOnlyList<Problem> problems = [];
    private string? general;
    private string? otherName;

    [Parameter]
    public int? Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private string Heading => L[state is null ? "Editor.NewTitle" : "Editor.EditTitle"];

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new(L["Studio.Title"], StudioUrls.Index),
        new(L["Studio.ArticlesTitle"], ArticleUrls.Studio),
        new(Heading, null),
    ];

    private bool Autosaves => state?.Status != ArticleStatus.Published;

    /// <summary>A new article is created by its first save, which needs a title long enough to keep.</summary>
    private bool NeedsTitle => articleId is null && form!.Title.Trim().Length < Article.TitleMinLength;

    protected override void OnInitialized()
    {
        copies = new LocalArticleCopies(JS);
        autosave = new ArticleAutosave(Clock, () => InvokeAsync(AutosaveAsync));
    }

    protected override async Task OnParametersSetAsync()
    {
        if (form is not null && Id == articleId)
        {
            return; // the address changed to this very article after its first save
        }

        if (Id is not { } id)
        {
            form = new ArticleForm();
            slugFollows = true;
            return;
        }

        var loaded = await Studio.LoadAsync(await EditorIdAsync(), id);
        if (!loaded.Succeeded)
        {
            Navigation.NotFound();
            return;
        }

        Show(loaded.Value!);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The first render may come before the article is loaded: start once there is a form to restore into.
        if (leaving is null && form is not null)
        {
            leaving = Navigation.RegisterLocationChangingHandler(OnLeavingAsync);
            await RestoreLocalCopyAsync();
        }
    }

    private async Task<string> EditorIdAsync() => (await AuthenticationState).User.UserId();

    private void Show(ArticleEditorState loaded)
    {
        state = loaded;
        articleId = loaded.Id;
        version = loaded.Version;
        form = ArticleForm.From(loaded.Draft);
        slugFollows = loaded.PublishedAt is null && form.Slug == form.SlugFromTitle();
        savedAt = loaded.UpdatedAt;
        (dirty, saveState, restored, otherName, problems, general) = (false, SaveState.Saved, false, null, [], null);
    }

    /// <summary>The browser's copy wins when it differs from the server's text and was typed after the server's last save.</summary>
    private async Task RestoreLocalCopyAsync()
    {
        var copy = await copies.LoadAsync(articleId);
        if (copy is null)
        {
            return;
        }

        if (JsonSerializer.Serialize(copy.Draft) == JsonSerializer.Serialize(form!.ToDraft()) || (state is not null && copy.EditedAt <= state.UpdatedAt))
        {
            await copies.RemoveAsync(articleId);
            return;
        }

        form = ArticleForm.From(copy.Draft);
        slugFollows = state?.PublishedAt is null && form.Slug == form.SlugFromTitle();
        (dirty, restored) = (true, true);
        if (state is not null && copy.BaseVersion != version)
        {
            (saveState, otherName) = (SaveState.Conflict, state.UpdatedByName);
        }
        else
        {
            saveState = SaveState.Unsaved;
            RestartAutosave();
        }

        StateHasChanged();
    }

    private Task BodyChangedAsync(string body)
    {
        form!.Body = body;
        return ChangedAsync();
    }

    private async Task ChangedAsync()
    {
        edits++;
        dirty = true;
        if (saveState != SaveState.Conflict)
        {
            saveState = SaveState.Unsaved;
            RestartAutosave();
        }

        await copies.StoreAsync(articleId, new LocalArticleCopy(form!.ToDraft(), version, Clock.GetUtcNow()));
    }

    private void RestartAutosave()
    {
        if (Autosaves)
        {
            autosave.Restart();
        }
    }

    private async Task AutosaveAsync()
    {
        if (dirty && !saving && saveState != SaveState.Conflict && !NeedsTitle && Autosaves)
        {
            await SaveAsync();
            StateHasChanged();
        }
    }

    private async Task<bool> SaveIfDirtyAsync() => saveState != SaveState.Conflict && (!dirty || await SaveAsync());

    private async Task UpdateAsync()
    {
        if (await SaveAsync())
        {
            Snackbar.Add(L["Done.Updated"], Severity.Success);
        }
    }

    private async Task<bool> SaveAsync()
    {
        (saving, saveState) = (true, SaveState.Saving);
        var editsAtStart = edits;
        var draft = form!.ToDraft();
        var editor = await EditorIdAsync();
        var created = articleId is null;
        var result = articleId is { } id ? await Studio.SaveAsync(editor, id, draft, version) : await Studio.CreateAsync(editor, draft);
        saving = false;
        if (!result.Succeeded)
        {
            await RefusedAsync(editor, result.Problems);
            return false;
        }

        articleId ??= result.Value;
        var loaded = (await Studio.LoadAsync(editor, articleId.Value)).Value!;
        state = loaded;
        version = created ? loaded.Version : result.Value; // someone else's later save must still conflict with our next one
        if (form.Slug == (draft.Slug ?? ""))
        {
            form.Slug = loaded.Slug; // the unique form the Studio gave it
        }

        (problems, general, savedAt, restored) = ([], null, Clock.GetUtcNow(), false);
        dirty = edits != editsAtStart;
        saveState = dirty ? SaveState.Unsaved : SaveState.Saved;
        if (created)
        {
            await copies.RemoveAsync(null);
        }

        await (dirty ? copies.StoreAsync(articleId, new LocalArticleCopy(form.ToDraft(), version, Clock.GetUtcNow())) : copies.RemoveAsync(articleId));
        if (created)
        {
            Navigation.NavigateTo(ArticleUrls.Edit(articleId.Value), replace: true);
        }

        return true;
    }

    private async Task RefusedAsync(string editor, IReadOnlyList<Problem> refused)
    {
        if (refused.Any(p => p.Code == ArticleProblems.Conflict))
        {
            autosave.Stop();
            saveState = SaveState.Conflict;
            otherName = (await Studio.LoadAsync(editor, articleId!.Value)).Value?.UpdatedByName;
            return;
        }

        (problems, saveState) = (refused, SaveState.Failed);
        general = P.General(refused) ?? L["Editor.FixFields"].Value;
    }

    private async Task ReloadStateAsync()
    {
        var loaded = await Studio.LoadAsync(await EditorIdAsync(), articleId!.Value);
        if (loaded.Value is { } fresh)
        {
            (state, version) = (fresh, fresh.Version);
            if (!Autosaves)
            {
                autosave.Stop();
            }
        }
    }

    private async Task LoadTheirsAsync()
    {
        var loaded = await Studio.LoadAsync(await EditorIdAsync(), articleId!.Value);
        if (loaded.Value is { } theirs)
        {
            Show(theirs);
            await copies.RemoveAsync(articleId);
        }
    }

    /// <summary>Leaving the page saves a draft's pending edits first (best effort; the browser's copy keeps them anyway).</summary>
    private async ValueTask OnLeavingAsync(LocationChangingContext context)
    {
        var ownAddress = articleId is { } id && context.TargetLocation.EndsWith(ArticleUrls.Edit(id), StringComparison.Ordinal);
        if (!ownAddress && dirty && !saving && saveState != SaveState.Conflict && !NeedsTitle && Autosaves)
        {
            await SaveAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        autosave.Dispose();
        leaving?.Dispose();
        if (articleId is not null && dirty && !saving && saveState == SaveState.Unsaved && Autosaves)
        {
            try
            {
                await SaveAsync();
            }
            catch (Exception e) when (e is ObjectDisposedException or JSDisconnectedException or OperationCanceledException)
            {
                // The circuit is already gone: the browser's copy restores the text on the next visit.
            }
        }
    }
}
