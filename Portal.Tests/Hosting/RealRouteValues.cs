using System.Globalization;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Articles;
using Portal.Domain.Data;
using Portal.Domain.Messaging;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

/// <summary>Real demo values for the route table's parameters (a board's slug, a thread's id, an event, a segment…), read from a running app.</summary>
internal sealed class RealRouteValues
{
    private readonly Dictionary<string, string> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> byPrefix = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<RealRouteValues> ReadAsync(PortalAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var thread = await db.Threads.OrderBy(t => t.Id).Select(t => new { t.Id, t.Slug }).FirstAsync();
        var article = await db.Articles.Where(a => a.Status == ArticleStatus.Published).OrderBy(a => a.Id).Select(a => new { a.Id, a.Slug, a.Category, a.CoverFile }).FirstAsync();
        var ownerId = await app.IdOfAsync(DemoAccounts.OwnerEmail);
        var values = new RealRouteValues();
        values.byPrefix["/forums/t/"] = Text(thread.Id);
        values.byPrefix["/forums/t/|slug"] = thread.Slug;
        values.byPrefix["/forums/"] = await db.Boards.OrderBy(b => b.Position).Select(b => b.Slug).FirstAsync();
        values.byPrefix["/events/"] = Text(await db.Events.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        values.byPrefix["/studio/events/"] = values.byPrefix["/events/"];
        values.byPrefix["/studio/events/|list"] = "attendees";
        values.byPrefix["/articles/"] = article.Slug;
        values.byPrefix["/articles/category/"] = ArticleUrls.CategorySlug(article.Category);
        values.byPrefix["/studio/articles/"] = Text(article.Id);
        values.byPrefix["/messages/"] = Text(await db.MessageDeliveries.OrderBy(d => d.Id).Select(d => d.Id).FirstOrDefaultAsync());
        values.byPrefix["/unsubscribe/"] = scope.ServiceProvider.GetRequiredService<UnsubscribeTokens>().Create(ownerId);
        values.byPrefix["/calendar/"] = await db.CalendarFeeds.Select(f => f.Token).FirstOrDefaultAsync() ?? "none";
        values.byPrefix["/media/|kind"] = ArticleCoverImages.Profile.Kind;
        values.byPrefix["/media/|file"] = article.CoverFile ?? "none.webp";
        values.byPrefix["/console/content/|kind"] = "thread";
        values.byPrefix["/console/content/|id"] = Text(thread.Id);
        values.byPrefix["/console/exports/"] = "overview";
        values.byPrefix["/console/segments/"] = Text(await db.Segments.OrderBy(s => s.Id).Select(s => s.Id).FirstOrDefaultAsync());
        values.byPrefix["/console/journeys/"] = Text(await db.Journeys.OrderBy(j => j.Id).Select(j => j.Id).FirstOrDefaultAsync());
        values.byPrefix["/console/announcements/"] = Text(await db.Announcements.OrderBy(a => a.Id).Select(a => a.Id).FirstOrDefaultAsync());
        values.byPrefix["/status/"] = "404";
        values.byName["id"] = ownerId;
        return values;
    }

    /// <summary>The value for <paramref name="parameter"/> of <paramref name="pattern"/>: the longest matching path prefix (named for that parameter first), then the name alone, then "1".</summary>
    public string For(RoutePattern pattern, string parameter)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var raw = pattern.RawText ?? "";
        var prefixes = byPrefix.Keys.Select(k => k.Split('|')).Where(k => raw.StartsWith(k[0], StringComparison.OrdinalIgnoreCase)).OrderByDescending(k => k[0].Length);
        foreach (var key in prefixes)
        {
            if (key.Length == 2 && string.Equals(key[1], parameter, StringComparison.OrdinalIgnoreCase))
            {
                return byPrefix[string.Join('|', key)];
            }
        }

        if (prefixes.FirstOrDefault(k => k.Length == 1) is { } plain && IsIdentifying(parameter))
        {
            return byPrefix[plain[0]];
        }

        return byName.GetValueOrDefault(parameter) ?? "1";
    }

    private static bool IsIdentifying(string parameter) =>
        parameter.Equals("id", StringComparison.OrdinalIgnoreCase) || parameter.Equals("slug", StringComparison.OrdinalIgnoreCase)
        || parameter.Equals("token", StringComparison.OrdinalIgnoreCase) || parameter.Equals("code", StringComparison.OrdinalIgnoreCase)
        || parameter.Equals("category", StringComparison.OrdinalIgnoreCase) || parameter.Equals("report", StringComparison.OrdinalIgnoreCase);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
