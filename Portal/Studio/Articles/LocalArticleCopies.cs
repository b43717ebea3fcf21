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

    public async Task RemoveAsync(int? articleId) => await js.InvokeVoidAsync("localStorage.removeItem", Key(articleId));
}
