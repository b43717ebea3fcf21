namespace Portal.Studio.Articles;

/// <summary>Where the editor's text stands against the server (shown by the save indicator's <c>data-state</c>).</summary>
public enum SaveState
{
    Saved,
    Unsaved,
    Saving,
    Failed,
    Conflict,
}
