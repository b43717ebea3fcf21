using System.Text.Json;
using Microsoft.JSInterop;
using Portal.Domain.Articles;

namespace Portal.Studio.Articles;

/// <summary>Reads and writes <see cref="LocalArticleCopy"/> in the browser's localStorage, one key per article (<c>portal.article.{id}</c>, <c>portal.article.new</c>).</summary>
public sealed class LocalArticleCopies(IJSRuntime js)
{
    public static string Key(int? articleId) => articleId is { } id ? FormattableString.Invariant($"portal.article.{id}") : "portal.article.new";

    public async Task StoreAsync(int? articleId, LocalArticleCopy copy) =>
        await js.InvokeVoidAsync("localStorage.setItem", Key(articleId), JsonSerializer.Serialize(copy));

    /// <summary>
    /// The browser's copy when it differs from the server's text and was typed after the server's last save
    /// (<paramref name="savedAt"/>, null for an article not saved yet); a copy that loses is removed.
    /// </summary>
    public async Task<LocalArticleCopy?> NewerAsync(int? articleId, ArticleDraft server, DateTimeOffset? savedAt)
    {
        var copy = await LoadAsync(articleId);
        if (copy is null)
        {
            return null;
        }

        if (JsonSerializer.Serialize(copy.Draft) == JsonSerializer.Serialize(server) || (savedAt is { } at && copy.EditedAt <= at))
        {
            await RemoveAsync(articleId);
            return null;
        }

        return copy;
    }

    public async Task RemoveAsync(int? articleId) => await js.InvokeVoidAsync("localStorage.removeItem", Key(articleId));

    private async Task<LocalArticleCopy?> LoadAsync(int? articleId)
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
}
