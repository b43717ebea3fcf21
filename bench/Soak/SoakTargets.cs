using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Articles;
using Portal.Domain.Data;
using Portal.Domain.Events;
using Portal.Domain.Forums;
using Portal.Domain.Search;

namespace Soak;

/// <summary>What the load visits, read once from the seeded demo community: pages to browse, threads to reply to, boards
/// to start threads on, events anyone may join, and the members who post.</summary>
internal sealed record SoakTargets(
    IReadOnlyList<string> Pages,
    IReadOnlyList<string> Threads,
    IReadOnlyList<string> NewThreadPages,
    IReadOnlyList<string> Events,
    IReadOnlyList<string> Posters)
{
    /// <summary>What readers search for, in both languages.</summary>
    private static readonly string[] Queries = ["battery", "充电", "winter tyres", "自驾"];

    public static async Task<SoakTargets> LoadAsync(IServiceProvider services, int posters)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        var boards = await db.Boards.OrderBy(b => b.Position).Select(b => b.Slug).ToListAsync();
        var threads = (await db.Threads.Where(t => !t.IsHidden && !t.IsLocked)
                .OrderByDescending(t => t.LastActivityAt).Take(200).Select(t => new { t.Id, t.Slug }).ToListAsync())
            .Select(t => ForumUrls.Thread(t.Id, t.Slug)).ToList();
        var articles = await db.Articles.Where(a => a.Status == ArticleStatus.Published).OrderByDescending(a => a.PublishedAt).Take(50).Select(a => a.Slug).ToListAsync();
        var events = (await db.Events.Where(e => e.Status == EventStatus.Published).Select(e => new
            {
                e.Id, e.Slug, e.StartsAt, e.Eligibility, e.WaitlistEnabled, e.SignupOpensAt, e.SignupClosesAt,
                Questions = e.Questions.Any(q => q.Required),
            }).ToListAsync()).ToList();
        var members = await db.Users.Where(u => u.EmailConfirmed).OrderBy(u => u.JoinedAt).Take(50).Select(u => u.Id).ToListAsync();
        var posting = await db.Users
            .Where(u => u.Email!.EndsWith("@owners.portal.test") && u.EmailConfirmed && u.SilencedUntil == null
                && !db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name != Roles.Owner)))
            .OrderBy(u => u.Email).Skip(40).Take(posters).Select(u => u.Email!).ToListAsync();

        var pages = new List<string> { "/", ForumUrls.Index, ArticleUrls.Index, EventUrls.Index, ArticleUrls.Rss, ArticleUrls.Sitemap };
        pages.AddRange(boards.Select(ForumUrls.Board));
        pages.AddRange(threads);
        pages.AddRange(articles.Select(ArticleUrls.Page));
        pages.AddRange(events.Select(e => EventUrls.Page(e.Id, e.Slug)));
        pages.AddRange(members.Select(MemberUrls.Profile));
        pages.AddRange(Queries.SelectMany(q => new[] { ForumUrls.SearchFor(q), SearchUrls.For(q) }));

        var joinable = events
            .Where(e => e.StartsAt > now.AddDays(1) && e.Eligibility == EventEligibility.Everyone && e.WaitlistEnabled && !e.Questions
                && (e.SignupOpensAt is null || e.SignupOpensAt < now) && (e.SignupClosesAt is null || e.SignupClosesAt > now.AddHours(1)))
            .Select(e => EventUrls.Page(e.Id, e.Slug)).ToList();
        return new SoakTargets(pages, threads, boards.Select(ForumUrls.NewThread).ToList(), joinable, posting);
    }
}
