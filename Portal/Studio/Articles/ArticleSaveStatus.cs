using Portal.Domain;

namespace Portal.Studio.Articles;

/// <summary>
/// Where the editor's text stands against the server, as the save indicator, the Update button and the alerts show it:
/// edits since the last save, a save under way, the refusal or the conflict it met. It does no I/O:
/// <see cref="ArticleEditSession"/> tells it what happened.
/// </summary>
public sealed class ArticleSaveStatus
{
    private int edits;

    public SaveState State { get; private set; } = SaveState.Saved;

    /// <summary>There are edits the server does not have.</summary>
    public bool Dirty { get; private set; }

    public bool Saving { get; private set; }

    /// <summary>The text came back from the browser's copy.</summary>
    public bool Restored { get; private set; }

    public DateTimeOffset? SavedAt { get; private set; }

    /// <summary>What the last refused save said (empty after a save that worked).</summary>
    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    /// <summary>Who saved the version this editor's text conflicts with.</summary>
    public string? OtherName { get; private set; }

    public bool InConflict => State == SaveState.Conflict;

    /// <summary>The article was (re)loaded from the server, last saved at <paramref name="savedAt"/>: nothing pending.</summary>
    public void Loaded(DateTimeOffset savedAt)
    {
        SavedAt = savedAt;
        (Dirty, State, Restored, OtherName, Problems) = (false, SaveState.Saved, false, null, []);
    }

    /// <summary>The browser's copy replaced the text; it conflicts with <paramref name="conflictWith"/>'s save when that is given.</summary>
    public void RestoredCopy(string? conflictWith)
    {
        (Dirty, Restored) = (true, true);
        (State, OtherName) = conflictWith is null ? (SaveState.Unsaved, OtherName) : (SaveState.Conflict, conflictWith);
    }

    /// <summary>An edit; true when it waits for a save (false in a conflict, where nothing is saved until the editor chooses).</summary>
    public bool Edited()
    {
        edits++;
        Dirty = true;
        if (InConflict)
        {
            return false;
        }

        State = SaveState.Unsaved;
        return true;
    }

    /// <summary>A save starts; returns the edit count it covers, for <see cref="Saved"/>.</summary>
    public int Started()
    {
        (Saving, State) = (true, SaveState.Saving);
        return edits;
    }

    /// <summary>The Studio answered (either way).</summary>
    public void Answered() => Saving = false;

    /// <summary>The save worked; edits typed while it ran are still pending.</summary>
    public void Saved(int editsAtStart, DateTimeOffset at)
    {
        (Problems, SavedAt, Restored) = ([], at, false);
        Dirty = edits != editsAtStart;
        State = Dirty ? SaveState.Unsaved : SaveState.Saved;
    }

    /// <summary>The Studio refused the fields.</summary>
    public void Refused(IReadOnlyList<Problem> problems) => (Problems, State) = (problems, SaveState.Failed);

    /// <summary>Someone else saved first: nothing more is saved until the editor chooses; <paramref name="whoSaved"/> names them.</summary>
    public async Task ConflictedAsync(Func<Task<string?>> whoSaved)
    {
        State = SaveState.Conflict;
        OtherName = await whoSaved();
    }
}
