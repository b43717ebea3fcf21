using Portal.Domain.Accounts;
using Portal.Domain.Articles;

namespace Portal.Articles;

/// <summary>
/// An article's earlier slug answers <c>301 Moved Permanently</c> to its current address (query string kept), before
/// the Blazor page is reached, so links and search engines move with the article. Only for an article the reader may
/// see: Published, or any status for staff. In a live circuit the article page itself follows the same rule.
/// </summary>
internal static class ArticleSlugRedirects
{
    public static IApplicationBuilder UseArticleSlugRedirects(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (await NewAddressAsync(context) is { } location)
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = location;
                return;
            }

            await next(context);
        });

    private static async Task<string?> NewAddressAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Path.StartsWithSegments(ArticleUrls.Index, StringComparison.Ordinal, out var rest)
            || rest.Value is not { Length: > 1 } segment
            || segment.IndexOf('/', 1) >= 0)
        {
            return null;
        }

        var slug = segment[1..];
        var reader = context.RequestServices.GetRequiredService<ArticleReader>();
        return await reader.CurrentSlugAsync(slug, context.User.IsStaff(), context.RequestAborted) is { } current && current != slug
            ? $"{request.PathBase}{ArticleUrls.Page(current)}{request.QueryString}"
            : null;
    }
}
