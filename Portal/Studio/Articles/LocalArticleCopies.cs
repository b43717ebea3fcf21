using System.Text.Json;
using Microsoft.JSInterop;

namespace Portal.Studio.Articles;

/// <summary>Reads and writes <see cref="LocalArticleCopy"/> in the browser's localStorage, one key per article (<c>portal.article.{id}</c>, <c>portal.article.new</c>).</summary>
public sealed class LocalArticleCopies(IJSRuntime js)
{
    public static string Key(int? articleId) => articleId is { } id ? FormattableString.Invariant($"portal.article.{id}") : "portal.article.new";

    public async Task StoreAsync(int? articleId, LocalArticleCopy copy) =>
        await js.InvokeVoidAsync("localStorage.setItem", Key(articleId), JsonSerializer.Serialize(copy));

    public async Task<LocalArticleCopy?> LoadAsync(int? articleId)
    {
        var json = await js.InvokeAsync<string?>("localStorage.getItem", Key(articleId));
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<LocalArticleCopy>(json);
        }
        catch (JsonException)
        {
            return null; // an older shape or a hand-edited value: nothing to restore
        }
    }

    /// <summary>
    /// After a save: a new article's copy (<c>portal.article.new</c>) goes, and the article's own stays only with the edits
    /// typed while it saved (<paramref name="pending"/>).
    /// </summary>
    public async Task SavedAsync(int articleId, bool created, LocalArticleCopy? pending)
    {
        if (created)
        {
            await RemoveAsync(null);
        }

        await (pending is null ? RemoveAsync(articleId) : StoreAsync(articleId, pending));
    }

    public async Task RemoveAsync(int? articleId) => await js.InvokeVoidAsync("localStorage.removeItem", Key(articleId));
}
