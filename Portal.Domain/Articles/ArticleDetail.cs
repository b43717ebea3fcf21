using Portal.Domain.Accounts;
using Portal.Domain.Forums;

namespace Portal.Domain.Articles;

/// <summary>
/// One article as its page shows it. <see cref="Status"/> is Published for everyone but staff, who may preview the
/// others; <see cref="Contents"/> lists the body's h2 and h3 headings that have ids; <see cref="Discussion"/> is null
/// when the article has no thread or its thread is hidden.
/// </summary>
public sealed record ArticleDetail(
    ArticleCard Card,
    ArticleStatus Status,
    string BodyHtml,
    MemberSummary Author,
    string? SeoTitle,
    string? SeoDescription,
    IReadOnlyList<string> ModelNames,
    IReadOnlyList<ArticleHeading> Contents,
    IReadOnlyList<ArticleCard> Related,
    ThreadDiscussion? Discussion)
{
    /// <summary>What search engines and link previews get: the SEO description, else the summary.</summary>
    public string Description => string.IsNullOrWhiteSpace(SeoDescription) ? Card.Summary : SeoDescription;

    /// <summary>The page title: the SEO title, else the title.</summary>
    public string PageTitle => string.IsNullOrWhiteSpace(SeoTitle) ? Card.Title : SeoTitle;
}
