using Microsoft.AspNetCore.Components;
using Portal.Domain;
using Portal.Domain.Articles;

namespace Portal.Studio.Articles;

/// <summary>
/// The article editor's saving: a draft saves <see cref="ArticleAutosave.Delay"/> after typing stops and when the editor
/// leaves; a published article only on Update. Every edit is also copied to the browser's localStorage, which a reload
/// or a new circuit restores when it is newer than the server's text. A save based on an older version is refused by
/// the Studio (<see cref="ArticleProblems.Conflict"/>): the text stays here, autosave stops, and the editor chooses.
/// </summary>
/// <param name="editorId">The signed-in editor's id.</param>
/// <param name="autosaveDue">Called when the autosave's time has come; the page answers with <see cref="SaveQuietlyAsync"/> on its own thread.</param>
public sealed class ArticleEditSession(
    ArticleStudio studio, LocalArticleCopies copies, NavigationManager navigation, TimeProvider clock, Func<Task<string>> editorId, Func<Task> autosaveDue) : IDisposable
{
    private readonly ArticleAutosave autosave = new(clock, autosaveDue);
    private int version;

    /// <summary>The fields being typed in; null until the article is loaded.</summary>
    public ArticleForm? Form { get; private set; }

    /// <summary>The article as last loaded from the Studio; null until a new article's first save.</summary>
    public ArticleEditorState? State { get; private set; }

    public int? ArticleId { get; private set; }

    public bool SlugFollows { get; set; }

    public ArticleSaveStatus Status { get; } = new();

    public bool Autosaves => State?.Status != ArticleStatus.Published;

    /// <summary>A new article is created by its first save, which needs a title long enough to keep.</summary>
    public bool NeedsTitle => ArticleId is null && Form!.Title.Trim().Length < Article.TitleMinLength;

    /// <summary>A draft's edits that closing the editor should still save.</summary>
    public bool LeftUnsaved => ArticleId is not null && Status is { Dirty: true, Saving: false, State: SaveState.Unsaved } && Autosaves;

    public void StartNew()
    {
        Form = new ArticleForm();
        SlugFollows = true;
    }

    /// <summary>Loads the article to edit; false when this editor may not open it or it does not exist.</summary>
    public async Task<bool> OpenAsync(int id)
    {
        if (await LoadAsync(id) is not { } loaded)
        {
            return false;
        }

        Show(loaded);
        return true;
    }

    /// <summary>The browser's copy wins when it differs from the server's text and was typed after the server's last save; true when it did.</summary>
    public async Task<bool> RestoreLocalCopyAsync()
    {
        var copy = await copies.LoadAsync(ArticleId);
        if (copy is null)
        {
            return false;
        }

        if (copy.OutdatedBy(Form!.ToDraft(), State?.UpdatedAt))
        {
            await copies.RemoveAsync(ArticleId);
            return false;
        }

        Form = ArticleForm.From(copy.Draft);
        SlugFollows = State?.PublishedAt is null && Form.Slug == Form.SlugFromTitle();
        var conflictWith = State is not null && copy.BaseVersion != version ? State.UpdatedByName : null;
        Status.RestoredCopy(conflictWith);
        if (conflictWith is null)
        {
            RestartAutosave();
        }

        return true;
    }

    public Task ChangeBodyAsync(string body)
    {
        Form!.Body = body;
        return ChangedAsync();
    }

    public async Task ChangedAsync()
    {
        if (Status.Edited())
        {
            RestartAutosave();
        }

        await copies.StoreAsync(ArticleId, Copy());
    }

    /// <summary>Saves a draft's pending edits without being asked (the autosave, leaving the page); true when it tried.</summary>
    public async Task<bool> SaveQuietlyAsync()
    {
        if (!Status.Dirty || Status.Saving || Status.InConflict || NeedsTitle || !Autosaves)
        {
            return false;
        }

        await SaveAsync();
        return true;
    }

    public async Task<bool> SaveIfDirtyAsync() => !Status.InConflict && (!Status.Dirty || await SaveAsync());

    public async Task<bool> SaveAsync()
    {
        var editsAtStart = Status.Started();
        var draft = Form!.ToDraft();
        var editor = await editorId();
        var created = ArticleId is null;
        var result = ArticleId is { } id ? await studio.SaveAsync(editor, id, draft, version) : await studio.CreateAsync(editor, draft);
        Status.Answered();
        if (!result.Succeeded)
        {
            await RefusedAsync(editor, result.Problems);
            return false;
        }

        ArticleId ??= result.Value;
        var loaded = (await studio.LoadAsync(editor, ArticleId.Value)).Value!;
        State = loaded;
        version = created ? loaded.Version : result.Value; // someone else's later save must still conflict with our next one
        if (Form.Slug == (draft.Slug ?? ""))
        {
            Form.Slug = loaded.Slug; // the unique form the Studio gave it
        }

        Status.Saved(editsAtStart, clock.GetUtcNow());
        await copies.SavedAsync(ArticleId.Value, created, Status.Dirty ? Copy() : null);
        if (created)
        {
            navigation.NavigateTo(ArticleUrls.Edit(ArticleId.Value), replace: true);
        }

        return true;
    }

    /// <summary>The status or cover changed: the article is read again (its version moved on).</summary>
    public async Task ReloadStateAsync()
    {
        if (await LoadAsync(ArticleId!.Value) is { } fresh)
        {
            (State, version) = (fresh, fresh.Version);
            if (!Autosaves)
            {
                autosave.Stop();
            }
        }
    }

    /// <summary>After a conflict, the editor gives up their text for the saved version.</summary>
    public async Task LoadTheirsAsync()
    {
        if (await LoadAsync(ArticleId!.Value) is { } theirs)
        {
            Show(theirs);
            await copies.RemoveAsync(ArticleId);
        }
    }

    public void Dispose() => autosave.Dispose();

    /// <summary>The article as this editor may open it; null when they may not or it does not exist.</summary>
    private async Task<ArticleEditorState?> LoadAsync(int id) => (await studio.LoadAsync(await editorId(), id)).Value;

    private void Show(ArticleEditorState loaded)
    {
        State = loaded;
        ArticleId = loaded.Id;
        version = loaded.Version;
        Form = ArticleForm.From(loaded.Draft);
        SlugFollows = loaded.PublishedAt is null && Form.Slug == Form.SlugFromTitle();
        Status.Loaded(loaded.UpdatedAt);
    }

    private LocalArticleCopy Copy() => new(Form!.ToDraft(), version, clock.GetUtcNow());

    private void RestartAutosave()
    {
        if (Autosaves)
        {
            autosave.Restart();
        }
    }

    private async Task RefusedAsync(string editor, IReadOnlyList<Problem> refused)
    {
        if (refused.Any(p => p.Code == ArticleProblems.Conflict))
        {
            autosave.Stop();
            await Status.ConflictedAsync(async () => (await studio.LoadAsync(editor, ArticleId!.Value)).Value?.UpdatedByName);
            return;
        }

        Status.Refused(refused);
    }
}
