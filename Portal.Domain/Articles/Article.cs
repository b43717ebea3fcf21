namespace Portal.Domain.Articles;

/// <summary>
/// An article from the brand: news, a guide, an owner story or a service notice. The Markdown is rendered once on save
/// (<see cref="BodyHtml"/>); <see cref="Version"/> counts saves, so an edit based on an older version is refused instead
/// of overwriting someone else's work.
/// </summary>
public sealed class Article
{
    public const int TitleMinLength = 4;
    public const int TitleMaxLength = 140;
    public const int SlugMaxLength = 80;
    public const int SummaryMaxLength = 400;
    public const int BodyMaxLength = 100_000;
    public const int SeoTitleMaxLength = 70;
    public const int SeoDescriptionMaxLength = 200;
    public const int MaxTags = 8;
    public const int MaxModels = 7;

    public int Id { get; set; }
    public required string Title { get; set; }

    /// <summary>Unique; the address is <c>/articles/{slug}</c>. Earlier slugs redirect (see <see cref="ArticleSlugRedirect"/>).</summary>
    public required string Slug { get; set; }

    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public string BodyHtml { get; set; } = "";

    /// <summary>The rendered text without markup, for search, reading time and feeds.</summary>
    public string PlainText { get; set; } = "";

    public int ReadingMinutes { get; set; } = 1;
    public ArticleCategory Category { get; set; }

    /// <summary>File name of the cover in the article covers store, or null.</summary>
    public string? CoverFile { get; set; }

    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    public bool IsFeatured { get; set; }

    public ArticleStatus Status { get; set; }

    /// <summary>When a scheduled article goes live (UTC); set only while <see cref="Status"/> is Scheduled.</summary>
    public DateTimeOffset? ScheduledFor { get; set; }

    /// <summary>When it first went live; kept through unpublishing, so feeds and the page keep the original date.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public required string AuthorId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedById { get; set; }

    /// <summary>Goes up by one on every save; the editor sends the version it started from.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The article's discussion thread, opened when it is first published.</summary>
    public long? ThreadId { get; set; }

    public List<ArticleTag> Tags { get; } = [];
    public List<ArticleTargetModel> Models { get; } = [];

    public string Url => ArticleUrls.Page(Slug);
}
