using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Articles;

/// <summary>
/// Article slugs are unique across current and earlier slugs (an old address must keep pointing at its article). A
/// Chinese title gives pinyin (<see cref="Content.Slug"/>); a taken slug gets <c>-2</c>, <c>-3</c>… on the end.
/// </summary>
public static class ArticleSlugs
{
    public const string Fallback = "article";

    /// <summary>The slug an editor typed (normalised the same way as titles), or the title's when they left it empty.</summary>
    public static string Requested(ArticleDraft draft) =>
        Content.Slug.From(string.IsNullOrWhiteSpace(draft.Slug) ? draft.Title : draft.Slug, Fallback, Article.SlugMaxLength);

    /// <summary><paramref name="wanted"/> itself when no other article uses it (now or before), else the first free suffixed one.</summary>
    public static async Task<string> UniqueAsync(PortalDbContext db, string wanted, int articleId, CancellationToken cancellationToken)
    {
        for (var n = 1; ; n++)
        {
            var suffix = n == 1 ? "" : FormattableString.Invariant($"-{n}");
            var candidate = wanted.Length + suffix.Length > Article.SlugMaxLength ? wanted[..(Article.SlugMaxLength - suffix.Length)].TrimEnd('-') + suffix : wanted + suffix;
            if (!await IsTakenAsync(db, candidate, articleId, cancellationToken))
            {
                return candidate;
            }
        }
    }

    private static async Task<bool> IsTakenAsync(PortalDbContext db, string slug, int articleId, CancellationToken cancellationToken) =>
        await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != articleId, cancellationToken)
        || await db.ArticleSlugRedirects.AnyAsync(r => r.Slug == slug && r.ArticleId != articleId, cancellationToken);
}
